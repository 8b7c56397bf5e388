import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { appError } from '../../../shared/api/appError';
import { preparedStatement } from './preparedStatement';

export type Row = Record<string, unknown>;

/** Maps one model type to one table: camelCase fields to snake_case columns, validated by the model's schema when read. */
export interface RowCodec<T> {
  table: string;
  columns: readonly string[];
  toRow(value: T): Row;
  /** extra supplies fields kept in other tables (objective links). */
  fromRow(row: Row, extra?: Partial<T>): T;
  insert(db: Database, value: T): void;
  /** Replaces the row with the same key. */
  update(db: Database, value: T): void;
}

export const snakeCase = (name: string): string => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Parses a row read back from a project; a mismatch means the file was edited outside the app or damaged. */
export function parseStoredRow<S extends z.ZodType>(schema: S, table: string, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const id = (value as { id?: unknown } | null)?.id ?? '?';
  const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(row)'}: ${issue.message}`).join('; ');
  throw appError('corrupt-project', 'rowDamaged', { table, id: String(id), detail: issues });
}

interface CodecOptions<K extends string> {
  key?: K;
  /** Fields stored as JSON text. */
  json?: readonly K[];
  /** Fields stored as 0/1. */
  booleans?: readonly K[];
  /** Fields not stored in this table. */
  external?: readonly K[];
}

/** A codec for a zod object whose fields map one-to-one to columns. */
export function defineRowCodec<S extends z.ZodObject>(
  table: string,
  schema: S,
  options: CodecOptions<Extract<keyof z.output<S>, string>> = {},
): RowCodec<z.output<S>> {
  type T = z.output<S>;
  const key = options.key ?? 'id';
  const json = new Set<string>(options.json ?? []);
  const booleans = new Set<string>(options.booleans ?? []);
  const external = new Set<string>(options.external ?? []);
  // Read from the schema at the codec's first use: a start builds only the schemas of the rows it reads.
  let layout: { fields: string[]; columns: string[]; insertSql: string; updateSql: string } | undefined;
  const layoutOf = () => {
    if (layout) return layout;
    const fields = Object.keys(schema.shape).filter((field) => !external.has(field));
    const columns = fields.map(snakeCase);
    const insertSql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
    const updateSql = `UPDATE ${table} SET ${columns
      .filter((c) => c !== snakeCase(key))
      .map((c) => `${c} = @${c}`)
      .join(', ')} WHERE ${snakeCase(key)} = @${snakeCase(key)}`;
    return (layout = { fields, columns, insertSql, updateSql });
  };

  const toRow = (value: T): Row => {
    const row: Row = {};
    for (const field of layoutOf().fields) {
      const fieldValue = (value as Row)[field];
      row[snakeCase(field)] = json.has(field) ? JSON.stringify(fieldValue) : booleans.has(field) ? Number(fieldValue) : fieldValue;
    }
    return row;
  };

  return {
    table,
    get columns() {
      return layoutOf().columns;
    },
    toRow,
    fromRow(row, extra) {
      const value: Row = { ...extra };
      for (const field of layoutOf().fields) {
        const stored = row[snakeCase(field)];
        value[field] = json.has(field) && typeof stored === 'string' ? safeJson(stored) : booleans.has(field) ? stored === 1 : stored;
      }
      return parseStoredRow(schema, table, value);
    },
    insert(db, value) {
      preparedStatement(db, layoutOf().insertSql).run(toRow(value));
    },
    update(db, value) {
      preparedStatement(db, layoutOf().updateSql).run(toRow(value));
    },
  };
}

/** Unparseable JSON becomes undefined so the schema reports the field instead of a bare SyntaxError. */
export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
