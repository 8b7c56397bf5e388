import Database from 'better-sqlite3';

/** Overwrites one stored chunk of a content with other bytes of the same length, as a bad disk sector would. */
export function overwriteMediaChunk(projectPath: string, sha256: string, chunkIndex = 0): void {
  const db = new Database(projectPath);
  db.prepare(
    'UPDATE media_chunks SET data = randomblob(length(data)) WHERE chunk_index = ? AND content_id = (SELECT id FROM media_contents WHERE sha256 = ?)',
  ).run(chunkIndex, sha256);
  db.close();
}
