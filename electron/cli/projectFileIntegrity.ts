import BetterSqlite3 from 'better-sqlite3';

/**
 * A full check of the SQLite file, media included (opening a project checks only the course tables,
 * to stay fast): page-level integrity and foreign keys. Read-only; one line per problem.
 */
export function projectFileIntegrity(filePath: string): string[] {
  const db = new BetterSqlite3(filePath, { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((row) => row.integrity_check);
    const problems = integrity.length === 1 && integrity[0] === 'ok' ? [] : integrity.map((line) => `file integrity: ${line}`);
    const orphans = db.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>;
    for (const orphan of orphans) problems.push(`${orphan.table} row ${orphan.rowid} refers to a missing row of ${orphan.parent}`);
    return problems;
  } finally {
    db.close();
  }
}
