import type { Database } from 'better-sqlite3';
import { preparedStatement } from './preparedStatement';

/** The tables the course document is read from. */
export const COURSE_TABLES = [
  'courses',
  'objectives',
  'modules',
  'capsules',
  'capsule_objectives',
  'quizzes',
  'questions',
  'question_objectives',
  'media_assets',
  'cohorts',
  'live_sessions',
  'week_plans',
] as const;
/** Changes to the modules' order only (the capsules' outline order follows it; a renamed module leaves it). */
const MODULE_ORDER = 'module_order';
export type CourseTable = (typeof COURSE_TABLES)[number] | typeof MODULE_ORDER;

/** Tables whose updated rows are also noted one by one: an autosave updates one capsule, and a re-read then reads that row alone. */
export const ROW_UPDATE_TABLES = ['capsules'] as const;
export type RowUpdateTable = (typeof ROW_UPDATE_TABLES)[number];

/** Which rows were updated, in order (each update is noted with a rising number). */
export interface RowUpdates {
  /** The number of the last update noted (0 before any). */
  lastUpdate(): number;
  /** The updates of table's rows noted after update number `after`: how many, and the rows' ids (each once). */
  updatedAfter(table: RowUpdateTable, after: number): { updates: number; ids: string[] };
}

/**
 * Counts this connection's row changes in each course table, with temporary triggers (they live in
 * the connection, never in the file): a re-read of the course after an edit skips the tables no
 * write touched. Commits by other connections are not seen here (ProjectFile watches data_version).
 */
export class CourseTableChanges implements RowUpdates {
  private constructor(private readonly db: Database) {}

  /** Null when the connection cannot hold the triggers (then every table counts as changed). */
  static install(db: Database): CourseTableChanges | null {
    try {
      db.exec('CREATE TEMP TABLE IF NOT EXISTS course_table_changes (name TEXT PRIMARY KEY, changes INTEGER NOT NULL DEFAULT 0)');
      const seed = db.prepare('INSERT OR IGNORE INTO temp.course_table_changes (name) VALUES (?)');
      for (const table of COURSE_TABLES) {
        seed.run(table);
        for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
          db.exec(
            `CREATE TEMP TRIGGER IF NOT EXISTS course_table_changes_${table}_${event.toLowerCase()} AFTER ${event} ON main.${table} ` +
              `BEGIN UPDATE temp.course_table_changes SET changes = changes + 1 WHERE name = '${table}'; END`,
          );
        }
      }
      seed.run(MODULE_ORDER);
      // Rows are only added (a session's autosaves add a few thousand at most), so a reader can ask what came after its last read.
      db.exec('CREATE TEMP TABLE IF NOT EXISTS course_row_updates (seq INTEGER PRIMARY KEY, name TEXT NOT NULL, id TEXT NOT NULL)');
      for (const table of ROW_UPDATE_TABLES) {
        db.exec(
          `CREATE TEMP TRIGGER IF NOT EXISTS course_row_updates_${table} AFTER UPDATE ON main.${table} ` +
            `BEGIN INSERT INTO temp.course_row_updates (name, id) VALUES ('${table}', NEW.id); END`,
        );
      }
      const countOrder = `BEGIN UPDATE temp.course_table_changes SET changes = changes + 1 WHERE name = '${MODULE_ORDER}'; END`;
      db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS course_table_changes_${MODULE_ORDER}_insert AFTER INSERT ON main.modules ${countOrder}`);
      db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS course_table_changes_${MODULE_ORDER}_delete AFTER DELETE ON main.modules ${countOrder}`);
      db.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS course_table_changes_${MODULE_ORDER}_update AFTER UPDATE ON main.modules ` +
          `WHEN OLD.position IS NOT NEW.position OR OLD.id IS NOT NEW.id ${countOrder}`,
      );
      return new CourseTableChanges(db);
    } catch {
      return null;
    }
  }

  /** Changes counted so far, per table. */
  counts(): Map<CourseTable, number> {
    const rows = preparedStatement(this.db, 'SELECT name, changes FROM temp.course_table_changes').all() as { name: CourseTable; changes: number }[];
    return new Map(rows.map((row) => [row.name, row.changes]));
  }

  lastUpdate(): number {
    return preparedStatement(this.db, 'SELECT coalesce(max(seq), 0) FROM temp.course_row_updates').pluck().get() as number;
  }

  updatedAfter(table: RowUpdateTable, after: number): { updates: number; ids: string[] } {
    const ids = preparedStatement(this.db, 'SELECT id FROM temp.course_row_updates WHERE name = ? AND seq > ?').pluck().all(table, after) as string[];
    return { updates: ids.length, ids: [...new Set(ids)] };
  }
}
