/**
 * A process killed inside a rollback-journal transaction (a media import writes that way) leaves a
 * hot journal beside the file. Opening a project rolls it back, since the read-only inspection could
 * not; a file that is not ours is refused before anything writes to it.
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../../../electron/services/project/projectFile';
import { buildTemplate } from '../../../../electron/services/project/courseTemplates';
import { courseRows } from '../../../../electron/services/project/courseRows';

const root = path.resolve(__dirname, '../../../..');
let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'spoc-hot-journal-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Another process writes 4 MB in one transaction under a rollback journal, its cache too small to hold it, and is killed before committing. */
function killMidTransaction(filePath: string): void {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(filePath)});
    db.pragma('journal_mode = DELETE');
    db.pragma('cache_size = 2');
    db.exec('CREATE TABLE IF NOT EXISTS scratch (data BLOB)');
    db.exec('BEGIN IMMEDIATE');
    const insert = db.prepare('INSERT INTO scratch (data) VALUES (?)');
    for (let i = 0; i < 64; i += 1) insert.run(Buffer.alloc(64 * 1024, i));
    process.kill(process.pid, 'SIGKILL');`;
  const run = spawnSync(process.execPath, ['-e', script], { env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') } });
  expect(run.signal).toBe('SIGKILL');
  expect(existsSync(`${filePath}-journal`)).toBe(true);
}

describe('a hot journal left by a kill', () => {
  it('is rolled back when the project opens, which then opens for editing without the unfinished writes', async () => {
    const filePath = path.join(dir, 'cours.spoc');
    const created = await ProjectFile.create(filePath, (project) => project.transaction((db) => courseRows.course.insert(db, buildTemplate('blank', 'Journal', 'fr').course)));
    created.close();
    killMidTransaction(filePath);

    const project = ProjectFile.open(filePath);
    try {
      expect(project.readOnly).toBeNull();
      expect(existsSync(`${filePath}-journal`)).toBe(false);
      expect(project.db.prepare('SELECT count(*) FROM scratch').pluck().get()).toBe(0);
      expect(project.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      project.close();
    }
  });

  it('is removed when a kill between two import commits left it emptied, in rollback or WAL mode', async () => {
    for (const modeAtKill of ['truncate', 'wal']) {
      const filePath = path.join(dir, `vide-${modeAtKill}.spoc`);
      const created = await ProjectFile.create(filePath, (project) => project.transaction((db) => courseRows.course.insert(db, buildTemplate('blank', 'Journal', 'fr').course)));
      created.close();
      // What an import killed between commits leaves: the file in the mode it was in, its journal emptied.
      const db = new Database(filePath);
      db.pragma(`journal_mode = ${modeAtKill}`);
      db.close();
      writeFileSync(`${filePath}-journal`, '');

      const project = ProjectFile.open(filePath);
      try {
        expect(project.readOnly).toBeNull();
        expect(existsSync(`${filePath}-journal`)).toBe(false);
        expect(project.db.pragma('journal_mode', { simple: true })).toBe('wal');
      } finally {
        project.close();
      }
    }
  });

  it('is left untouched beside a file that is not a project, which is refused', () => {
    const filePath = path.join(dir, 'autre.spoc');
    new Database(filePath).close();
    killMidTransaction(filePath);
    const journal = readFileSync(`${filePath}-journal`);

    expect(() => ProjectFile.open(filePath)).toThrow(expect.objectContaining({ code: 'not-a-project' }));
    expect(readFileSync(`${filePath}-journal`)).toEqual(journal);
  });
});
