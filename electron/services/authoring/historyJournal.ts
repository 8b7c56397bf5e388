import type { Database } from 'better-sqlite3';
import type { HistoryState, HistoryStep } from '../../../shared/api/authoringCalls';

/**
 * Tables whose rows undo/redo restores: the whole course design. Media bytes and settings are not
 * undone (an import is not an edit; "replace everywhere" is undone through the capsules it changed).
 */
export const JOURNALED_TABLES = [
  'courses',
  'modules',
  'objectives',
  'capsules',
  'capsule_objectives',
  'quizzes',
  'questions',
  'question_objectives',
  'cohorts',
  'live_sessions',
  'week_plans',
  // Replies and resolutions are undoable; imported comments are not (importing is not an edit).
  'review_comments',
] as const;

/** Entries kept; older ones are forgotten so the file does not grow without bound. */
const MAX_ENTRIES = 500;
/** Saves of the same thing closer than this become one undo step (a burst of typing, a slider drag). */
const COALESCE_WINDOW_MS = 4_000;

interface TableShape {
  columns: string[];
  keyColumns: string[];
}

interface ChangeRow {
  seq: number;
  table_name: string;
  before_row: string | null;
  after_row: string | null;
}

interface EntryRow {
  id: number;
  label: string;
}

const quoted = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * Project-wide undo/redo stored in the project file, so it covers every screen and survives reopening.
 * Temporary triggers copy each changed row (before and after, as JSON) into history_changes while an
 * action is being recorded; undo writes the "before" images back in reverse order, redo the "after" ones.
 */
export class HistoryJournal {
  private readonly shapes = new Map<string, TableShape>();
  /** Actions and undo/redo run one at a time, so a step never takes in another call's writes. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: Database) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS history_entries (
        id INTEGER PRIMARY KEY,
        label TEXT NOT NULL,
        coalesce_key TEXT,
        undone INTEGER NOT NULL DEFAULT 0,
        updated_at INTEGER NOT NULL
      );
      CREATE TABLE IF NOT EXISTS history_changes (
        seq INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES history_entries (id) ON DELETE CASCADE,
        table_name TEXT NOT NULL,
        row_key TEXT NOT NULL,
        before_row TEXT,
        after_row TEXT
      );
      CREATE INDEX IF NOT EXISTS history_changes_by_entry ON history_changes (entry_id, seq);
      CREATE TEMP TABLE IF NOT EXISTS history_recording (entry_id INTEGER NOT NULL);
      DELETE FROM temp.history_recording;
    `);
    // An app killed mid-action leaves an entry without changes behind.
    db.exec('DELETE FROM history_entries WHERE id NOT IN (SELECT DISTINCT entry_id FROM history_changes)');
    for (const table of JOURNALED_TABLES) this.installTriggers(table);
  }

  /**
   * Runs one user action and records what it changed as one undo step. `action` may be async (API
   * methods are); it must not call record itself. With a coalesceKey, a repeat of the same action soon
   * after the last one extends that step.
   */
  record<T>(label: string, action: () => T | Promise<T>, coalesceKey: string | null = null): Promise<T> {
    return this.enqueue(() => this.recordNow(label, action, coalesceKey));
  }

  undo(): Promise<HistoryStep> {
    return this.enqueue(async () => this.replay(this.nextToUndo(), 'undo'));
  }

  redo(): Promise<HistoryStep> {
    return this.enqueue(async () => this.replay(this.nextToRedo(), 'redo'));
  }

  state(): HistoryState {
    const undo = this.nextToUndo();
    const redo = this.nextToRedo();
    return { canUndo: undo !== undefined, canRedo: redo !== undefined, undoLabel: undo?.label ?? null, redoLabel: redo?.label ?? null };
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async recordNow<T>(label: string, action: () => T | Promise<T>, coalesceKey: string | null): Promise<T> {
    const now = Date.now();
    const last = this.db.prepare('SELECT id, coalesce_key, updated_at FROM history_entries WHERE undone = 0 ORDER BY id DESC LIMIT 1').get() as
      | { id: number; coalesce_key: string | null; updated_at: number }
      | undefined;
    const hasRedo = this.db.prepare('SELECT 1 FROM history_entries WHERE undone = 1 LIMIT 1').get() !== undefined;
    const extend = coalesceKey !== null && !hasRedo && last?.coalesce_key === coalesceKey && now - last.updated_at < COALESCE_WINDOW_MS;
    const entryId = extend && last ? last.id : Number(this.db.prepare('INSERT INTO history_entries (label, coalesce_key, updated_at) VALUES (?, ?, ?)').run(label, coalesceKey, now).lastInsertRowid);
    const firstNewSeq = this.lastSeq() + 1;

    this.db.prepare('INSERT INTO temp.history_recording (entry_id) VALUES (?)').run(entryId);
    try {
      return await action();
    } finally {
      this.db.exec('DELETE FROM temp.history_recording');
      this.settle(entryId, firstNewSeq, extend, now);
    }
  }

  private nextToUndo(): EntryRow | undefined {
    return this.db.prepare('SELECT id, label FROM history_entries WHERE undone = 0 ORDER BY id DESC LIMIT 1').get() as EntryRow | undefined;
  }

  private nextToRedo(): EntryRow | undefined {
    return this.db.prepare('SELECT id, label FROM history_entries WHERE undone = 1 ORDER BY id ASC LIMIT 1').get() as EntryRow | undefined;
  }

  private lastSeq(): number {
    return (this.db.prepare('SELECT COALESCE(MAX(seq), 0) FROM history_changes').pluck().get() as number) ?? 0;
  }

  /** After an action: drop an empty step, merge repeated saves of one row, forget the redo branch and old steps. */
  private settle(entryId: number, firstNewSeq: number, extended: boolean, now: number): void {
    this.db.transaction(() => {
      const added = this.db.prepare('SELECT COUNT(*) FROM history_changes WHERE entry_id = ? AND seq >= ?').pluck().get(entryId, firstNewSeq) as number;
      if (added === 0) {
        if (!extended) this.db.prepare('DELETE FROM history_entries WHERE id = ?').run(entryId);
        return;
      }
      this.db.prepare('UPDATE history_entries SET updated_at = ? WHERE id = ?').run(now, entryId);
      this.db.prepare('DELETE FROM history_entries WHERE undone = 1').run();
      if (extended) this.mergeRowUpdates(entryId);
      this.db.prepare('DELETE FROM history_entries WHERE id <= (SELECT id FROM history_entries ORDER BY id DESC LIMIT 1 OFFSET ?)').run(MAX_ENTRIES);
    })();
  }

  /** A step extended by repeated saves keeps one change per updated row: the first "before", the last "after". */
  private mergeRowUpdates(entryId: number): void {
    const updates = this.db
      .prepare('SELECT seq, table_name, row_key FROM history_changes WHERE entry_id = ? AND before_row IS NOT NULL AND after_row IS NOT NULL ORDER BY seq')
      .all(entryId) as { seq: number; table_name: string; row_key: string }[];
    const first = new Map<string, number>();
    for (const update of updates) {
      const key = `${update.table_name}\u0000${update.row_key}`;
      const firstSeq = first.get(key);
      if (firstSeq === undefined) {
        first.set(key, update.seq);
        continue;
      }
      this.db.prepare('UPDATE history_changes SET after_row = (SELECT after_row FROM history_changes WHERE seq = ?) WHERE seq = ?').run(update.seq, firstSeq);
      this.db.prepare('DELETE FROM history_changes WHERE seq = ?').run(update.seq);
    }
  }

  private replay(entry: EntryRow | undefined, direction: 'undo' | 'redo'): HistoryStep {
    if (!entry) return { history: this.state(), label: null, changedTables: [] };
    const changedTables = new Set<string>();
    this.db.transaction(() => {
      // Rows come back in an order foreign keys may dislike midway (a capsule before its module); checked at commit.
      this.db.pragma('defer_foreign_keys = ON');
      const order = direction === 'undo' ? 'DESC' : 'ASC';
      const changes = this.db
        .prepare(`SELECT seq, table_name, before_row, after_row FROM history_changes WHERE entry_id = ? ORDER BY seq ${order}`)
        .all(entry.id) as ChangeRow[];
      for (const change of changes) {
        const [current, target] = direction === 'undo' ? [change.after_row, change.before_row] : [change.before_row, change.after_row];
        this.writeRow(change.table_name, current, target);
        changedTables.add(change.table_name);
      }
      this.db.prepare('UPDATE history_entries SET undone = ? WHERE id = ?').run(direction === 'undo' ? 1 : 0, entry.id);
    }).immediate();
    return { history: this.state(), label: entry.label, changedTables: [...changedTables].sort() };
  }

  /** Turns the row from its `current` image into its `target` one (null = absent). */
  private writeRow(table: string, current: string | null, target: string | null): void {
    const shape = this.shapeOf(table);
    const name = quoted(table);
    const keyMatch = shape.keyColumns.map((column) => `${quoted(column)} = json_extract(@current, '$.${column}')`).join(' AND ');
    if (target === null) {
      this.db.prepare(`DELETE FROM ${name} WHERE ${keyMatch}`).run({ current });
      return;
    }
    const values = shape.columns.map((column) => `json_extract(@target, '$.${column}')`).join(', ');
    if (current === null) {
      this.db.prepare(`INSERT INTO ${name} (${shape.columns.map(quoted).join(', ')}) VALUES (${values})`).run({ target });
      return;
    }
    const assignments = shape.columns.map((column) => `${quoted(column)} = json_extract(@target, '$.${column}')`).join(', ');
    this.db.prepare(`UPDATE ${name} SET ${assignments} WHERE ${keyMatch}`).run({ current, target });
  }

  private shapeOf(table: string): TableShape {
    let shape = this.shapes.get(table);
    if (!shape) {
      const info = this.db.prepare(`PRAGMA main.table_info(${quoted(table)})`).all() as { name: string; pk: number }[];
      const columns = info.map((column) => column.name);
      const keyColumns = info.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk).map((column) => column.name);
      shape = { columns, keyColumns: keyColumns.length > 0 ? keyColumns : columns };
      this.shapes.set(table, shape);
    }
    return shape;
  }

  private installTriggers(table: string): void {
    const shape = this.shapeOf(table);
    if (shape.columns.length === 0) return;
    const image = (row: 'OLD' | 'NEW') => `json_object(${shape.columns.map((column) => `'${column}', ${row}.${quoted(column)}`).join(', ')})`;
    const key = (row: 'OLD' | 'NEW') => `json_array(${shape.keyColumns.map((column) => `${row}.${quoted(column)}`).join(', ')})`;
    const recordingOn = '(SELECT entry_id FROM temp.history_recording) IS NOT NULL';
    const insertChange = (rowKey: string, before: string, after: string) =>
      `INSERT INTO history_changes (entry_id, table_name, row_key, before_row, after_row)
       SELECT entry_id, '${table}', ${rowKey}, ${before}, ${after} FROM temp.history_recording;`;
    this.db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS ${quoted(`history_${table}_insert`)} AFTER INSERT ON main.${quoted(table)} WHEN ${recordingOn}
      BEGIN ${insertChange(key('NEW'), 'NULL', image('NEW'))} END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${quoted(`history_${table}_update`)} AFTER UPDATE ON main.${quoted(table)}
        WHEN ${recordingOn} AND ${image('OLD')} IS NOT ${image('NEW')}
      BEGIN ${insertChange(key('NEW'), image('OLD'), image('NEW'))} END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${quoted(`history_${table}_delete`)} AFTER DELETE ON main.${quoted(table)} WHEN ${recordingOn}
      BEGIN ${insertChange(key('OLD'), image('OLD'), 'NULL')} END;
    `);
  }
}
