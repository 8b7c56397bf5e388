import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CourseRepository } from '../../../../electron/services/project/courseRepository';
import { courseRows } from '../../../../electron/services/project/courseRows';
import { buildTemplate } from '../../../../electron/services/project/courseTemplates';
import { ProjectFile } from '../../../../electron/services/project/projectFile';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'spoc-wal-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const WAL_HEADER_BYTES = 32;
const FRAME_HEADER_BYTES = 24;

/** The last copy of page 1 in a -wal file: what a checkpoint writes first (it copies pages in page order). */
function lastFirstPageFrame(walPath: string, pageSize: number): Buffer {
  const wal = readFileSync(walPath);
  let found: Buffer | null = null;
  for (let at = WAL_HEADER_BYTES; at + FRAME_HEADER_BYTES + pageSize <= wal.length; at += FRAME_HEADER_BYTES + pageSize) {
    if (wal.readUInt32BE(at) === 1) found = wal.subarray(at + FRAME_HEADER_BYTES, at + FRAME_HEADER_BYTES + pageSize);
  }
  if (!found) throw new Error('page 1 is not in the -wal file');
  return found;
}

/**
 * A project whose last edits (a few MB of media and a module) are still only in its -wal file, copied
 * as a kill -9 would leave it; with checkpointCutShort, the checkpoint had written page 1 (whose
 * header now counts pages the main file does not have yet) when the process died.
 */
async function crashedProject(checkpointCutShort: boolean): Promise<string> {
  const livePath = path.join(dir, 'live.spoc');
  const content = buildTemplate('four-weekly-modules', 'Managers', 'fr');
  const created = await ProjectFile.create(livePath, (project) =>
    project.transaction((db) => {
      courseRows.course.insert(db, content.course);
      for (const module of content.modules) courseRows.modules.insert(db, module);
    }),
  );
  created.close();
  const live = new Database(livePath);
  live.pragma('wal_autocheckpoint = 0');
  const { lastInsertRowid } = live.prepare("INSERT INTO media_contents (sha256, size) VALUES ('ab', 0)").run();
  for (let index = 0; index < 4; index += 1) live.prepare('INSERT INTO media_chunks (content_id, chunk_index, data) VALUES (?, ?, ?)').run(lastInsertRowid, index, Buffer.alloc(1024 * 1024, index));
  live.prepare("INSERT INTO modules (id, title, summary, week, position) VALUES (?, 'Dernier module', '', 1, 'z')").run(randomUUID());
  const pageSize = live.pragma('page_size', { simple: true }) as number;

  const crashDir = path.join(dir, 'after-crash');
  mkdirSync(crashDir);
  const crashPath = path.join(crashDir, 'course.spoc');
  copyFileSync(livePath, crashPath);
  copyFileSync(`${livePath}-wal`, `${crashPath}-wal`);
  live.close();
  if (checkpointCutShort) {
    const fd = openSync(crashPath, 'r+');
    writeSync(fd, lastFirstPageFrame(`${crashPath}-wal`, pageSize), 0, pageSize, 0);
    closeSync(fd);
    const pagesInHeader = readFileSync(crashPath).readUInt32BE(28);
    expect(statSync(crashPath).size).toBeLessThan(pagesInHeader * pageSize);
  }
  return crashPath;
}

describe('a project with its -wal file', () => {
  it('opens with the edits only its -wal file holds (killed before any checkpoint)', async () => {
    const project = ProjectFile.open(await crashedProject(false));
    expect(new CourseRepository(project.db).modules().map((module) => module.title)).toContain('Dernier module');
    project.close();
  });

  it('opens when a checkpoint was cut short after page 1, though the main file alone looks cut short', async () => {
    const project = ProjectFile.open(await crashedProject(true));
    expect(new CourseRepository(project.db).modules().map((module) => module.title)).toContain('Dernier module');
    expect(project.db.prepare('SELECT count(*) FROM media_chunks').pluck().get()).toBe(4);
    expect(project.db.pragma('integrity_check', { simple: true })).toBe('ok');
    project.close();
  });
});
