import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync, openSync, readSync, writeSync, closeSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/api/appError';
import { z } from 'zod';
import { MIGRATIONS } from '../../../../electron/services/project/migrations';
import { ProjectFile } from '../../../../electron/services/project/projectFile';
import { SPOC_APPLICATION_ID } from '../../../../electron/services/project/projectFormat';
import { defineProjectSetting } from '../../../../electron/services/project/projectSettings';
import { CourseRepository } from '../../../../electron/services/project/courseRepository';
import { courseRows } from '../../../../electron/services/project/courseRows';
import { buildTemplate } from '../../../../electron/services/project/courseTemplates';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'spoc-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function makeProject(name = 'course.spoc'): Promise<string> {
  const filePath = path.join(dir, name);
  const content = buildTemplate('four-weekly-modules', 'Managers', 'fr');
  const project = await ProjectFile.create(filePath, (created) =>
    created.transaction((db) => {
      courseRows.course.insert(db, content.course);
      for (const module of content.modules) courseRows.modules.insert(db, module);
      for (const capsule of content.capsules) new CourseRepository(db).insertCapsule(capsule);
    }),
  );
  project.close();
  return filePath;
}

function expectRefused(filePath: string, code: string, ...fragments: string[]): void {
  const before = sha(filePath);
  let caught: unknown;
  try {
    ProjectFile.open(filePath).close();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(AppError);
  expect((caught as AppError).code).toBe(code);
  for (const fragment of [path.basename(filePath), ...fragments]) expect((caught as AppError).message).toContain(fragment);
  expect(sha(filePath)).toBe(before);
}

describe('project file', () => {
  it('reads the course document once and keeps it until a write, by this connection or another', async () => {
    const filePath = await makeProject();
    const project = ProjectFile.open(filePath);
    const first = project.courseDocument();
    expect(project.courseDocument()).toBe(first);
    expect(() => (first.modules as unknown[]).push({})).toThrow();

    const moduleId = first.modules[0]!.id;
    project.transaction((db) => db.prepare('UPDATE modules SET title = ? WHERE id = ?').run('Renamed here', moduleId));
    const afterOwnWrite = project.courseDocument();
    expect(afterOwnWrite).not.toBe(first);
    expect(afterOwnWrite.modules[0]!.title).toBe('Renamed here');
    expect(project.courseDocument()).toBe(afterOwnWrite);

    const other = new Database(filePath);
    other.prepare('UPDATE modules SET title = ? WHERE id = ?').run('Renamed elsewhere', moduleId);
    other.close();
    expect(project.courseDocument().modules[0]!.title).toBe('Renamed elsewhere');
    project.close();
  });

  it('marks its files with our application id, in WAL mode with foreign keys on', async () => {
    const project = ProjectFile.open(await makeProject());
    expect(project.db.pragma('application_id', { simple: true })).toBe(SPOC_APPLICATION_ID);
    expect(project.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(project.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(project.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(project.db.pragma('synchronous', { simple: true })).toBe(2);
    project.close();
  });

  it('keeps a 2,000 KiB page cache, not the 16 MB better-sqlite3 builds SQLite with, read-only too', async () => {
    // Resident memory: the 16 MB held course pages through a large course's export.
    const filePath = await makeProject();
    for (const options of [{}, { readOnly: true }]) {
      const project = ProjectFile.open(filePath, MIGRATIONS, options);
      expect(project.db.pragma('cache_size', { simple: true })).toBe(-2000);
      project.close();
    }
  });

  it('refuses a file that is not SQLite, naming it and leaving it unchanged', () => {
    const filePath = path.join(dir, 'slides.spoc');
    writeFileSync(filePath, 'PK\u0003\u0004 this is a zip, not a project'.repeat(50));
    expectRefused(filePath, 'not-a-project', 'not a SPOC Studio project');
  });

  it('refuses another application’s SQLite database', () => {
    const filePath = path.join(dir, 'browser-history.spoc');
    const foreign = new Database(filePath);
    foreign.exec('CREATE TABLE visits (url TEXT)');
    foreign.close();
    expectRefused(filePath, 'not-a-project');
  });

  it('refuses a file made by a newer SPOC Studio and asks to update the app', async () => {
    const filePath = await makeProject();
    const db = new Database(filePath);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expectRefused(filePath, 'newer-version', 'newer SPOC Studio', 'Update the app');
  });

  it('reports a truncated file as damaged and leaves it as it was', async () => {
    const filePath = await makeProject();
    truncateSync(filePath, Math.floor(statSync(filePath).size / 2));
    expectRefused(filePath, 'corrupt-project', 'damaged');
  });

  it('reports a file cut inside its header as damaged', async () => {
    const filePath = await makeProject();
    truncateSync(filePath, 40);
    expectRefused(filePath, 'corrupt-project');
  });

  it('reports overwritten pages as damaged', async () => {
    const filePath = await makeProject();
    const fd = openSync(filePath, 'r+');
    const header = Buffer.alloc(2);
    readSync(fd, header, 0, 2, 16);
    // The header stores the page size big-endian at offset 16, 1 standing for 65536.
    const pageSize = header.readUInt16BE(0) === 1 ? 65_536 : header.readUInt16BE(0);
    writeSync(fd, Buffer.alloc(pageSize * 3, 0xa5), 0, pageSize * 3, pageSize);
    closeSync(fd);
    const before = sha(filePath);
    const project = ProjectFile.open(filePath);
    expect(project.readOnly).toBe('damaged');
    expect(() => project.transaction((db) => db.prepare('DELETE FROM modules').run())).toThrow(expect.objectContaining({ code: 'read-only' }));
    project.close();
    expect(sha(filePath)).toBe(before);
  });

  it('backs up an older file, then migrates it, keeping the course', async () => {
    const filePath = await makeProject();
    const addNotes = (db: Database.Database) => db.exec("ALTER TABLE modules ADD COLUMN notes TEXT NOT NULL DEFAULT ''");
    const before = sha(filePath);
    const project = ProjectFile.open(filePath, [...MIGRATIONS, addNotes]);
    expect(project.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length + 1);
    expect(new CourseRepository(project.db).modules()).toHaveLength(4);
    project.close();
    const backups = readdirSync(dir).filter((name) => new RegExp(`^course\\.v${MIGRATIONS.length}-backup-\\d{8}T\\d{6}Z\\.spoc$`).test(name));
    expect(backups).toHaveLength(1);
    expect(sha(path.join(dir, backups[0]!))).toBe(before);
    const backup = ProjectFile.open(path.join(dir, backups[0]!));
    expect(new CourseRepository(backup.db).course().title).toBe('Managers');
    backup.close();
  });

  it('leaves the file at its old version when a migration fails', async () => {
    const filePath = await makeProject();
    const broken = (db: Database.Database) => {
      db.exec('DROP TABLE modules');
      throw new Error('step failed');
    };
    expect(() => ProjectFile.open(filePath, [...MIGRATIONS, broken])).toThrow(/left as it was/);
    const project = ProjectFile.open(filePath);
    expect(project.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(new CourseRepository(project.db).modules()).toHaveLength(4);
    project.close();
  });

  it('reports a row edited outside the app instead of returning bad data', async () => {
    const filePath = await makeProject();
    const db = new Database(filePath);
    db.prepare("UPDATE modules SET week = 'soon' WHERE rowid = 1").run();
    db.close();
    const project = ProjectFile.open(filePath);
    expect(() => new CourseRepository(project.db).modules()).toThrow(/A row of modules .*week: /);
    project.close();
  });

  it('keeps typed project settings, falling back to the default when unset', async () => {
    const threshold = defineProjectSetting('checks.maxCapsuleMinutes', z.number().int().min(1), 10);
    const project = ProjectFile.open(await makeProject());
    expect(project.settings.get(threshold)).toBe(10);
    project.transaction(() => project.settings.set(threshold, 7));
    expect(() => project.settings.set(threshold, -1)).toThrow(AppError);
    const filePath = project.path;
    project.close();
    const reopened = ProjectFile.open(filePath);
    expect(reopened.settings.get(threshold)).toBe(7);
    reopened.close();
  });

  it('leaves no half-made file behind when filling a new project fails', async () => {
    const filePath = path.join(dir, 'new.spoc');
    await expect(
      ProjectFile.create(filePath, () => {
        throw new Error('template failed');
      }),
    ).rejects.toThrow('template failed');
    expect(readdirSync(dir)).toEqual([]);
  });
});
