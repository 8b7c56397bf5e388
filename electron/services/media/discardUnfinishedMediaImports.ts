import type { Database } from 'better-sqlite3';
import { reclaimFreePagesIfNeeded } from './compactProject';

/** Drops the chunks of imports that never finished (the app was killed mid-import); their content has no hash yet. */
export function discardUnfinishedMediaImports(db: Database): void {
  const { changes } = db.prepare('DELETE FROM media_contents WHERE sha256 IS NULL').run();
  if (changes > 0) reclaimFreePagesIfNeeded(db);
}
