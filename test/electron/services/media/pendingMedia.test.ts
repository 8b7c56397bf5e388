import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importMediaFile } from '../../../../electron/services/media/importMediaFile';
import { mediaStoreDirFor } from '../../../../electron/services/media/mediaStore';
import { mediaChunks } from '../../../../electron/services/media/openMediaStream';
import { verifyMediaContent } from '../../../../electron/services/media/verifyMediaContent';
import { courseRows } from '../../../../electron/services/project/courseRows';
import { buildTemplate } from '../../../../electron/services/project/courseTemplates';
import { MIGRATIONS } from '../../../../electron/services/project/migrations';
import { ProjectFile } from '../../../../electron/services/project/projectFile';
import { saveProjectCopy } from '../../../../electron/services/project/saveProjectCopy';
import { writePseudoRandomFile } from '../../../support/generateLargeCourse';

const MB = 1024 * 1024;
const video = { fileName: 'interview.mp4', mimeType: 'video/mp4', kind: 'video' as const };

let dir: string;
let projectPath: string;
const opened: ProjectFile[] = [];
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'spoc-pending-'));
  projectPath = path.join(dir, 'course.spoc');
  (await ProjectFile.create(projectPath, (created) => created.transaction((db) => courseRows.course.insert(db, buildTemplate('blank', 'Pending', 'fr').course)))).close();
});
afterEach(() => {
  for (const project of opened.splice(0)) project.close();
  rmSync(dir, { recursive: true, force: true });
});

function open(readOnly = false): ProjectFile {
  const project = ProjectFile.open(projectPath, undefined, { readOnly });
  opened.push(project);
  return project;
}

function close(project: ProjectFile): void {
  if (opened.includes(project)) opened.splice(opened.indexOf(project), 1);
  project.close();
}

const storeDir = () => mediaStoreDirFor(projectPath);
const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const bytesOf = (project: ProjectFile, sha256: string) => Buffer.concat([...mediaChunks(project.db, sha256)]);

/**
 * What a closed project looks like when the app was killed after an import returned and before the
 * fold: a committed content marked pending with its asset, its bytes only in the store (storeBytes,
 * or no file at all when null).
 */
function leaveImportedButNotFolded(bytes: Buffer, storeBytes: Buffer | null = bytes): string {
  const sha256 = sha256Of(bytes);
  const db = new Database(projectPath);
  db.prepare('INSERT INTO media_contents (sha256, size, pending) VALUES (?, ?, 1)').run(sha256, bytes.length);
  courseRows.mediaAssets.insert(db, { id: 'clip', sha256, fileName: 'clip.mp4', mimeType: 'video/mp4', kind: 'video', size: bytes.length, crc32: 0, durationSeconds: null, width: null, height: null, createdAt: '2026-01-01T00:00:00.000Z' });
  db.close();
  mkdirSync(storeDir(), { recursive: true });
  if (storeBytes) writeFileSync(path.join(storeDir(), sha256), storeBytes);
  return sha256;
}

describe('media pending in the store beside the project', () => {
  it('are folded into the file in the background, one commit per step with the app free in between, and their file deleted after', async () => {
    const filePath = path.join(dir, 'interview.mp4');
    await writePseudoRandomFile(filePath, 70 * MB + 3, 5);
    const project = open();
    const asset = await importMediaFile(project, filePath, video);
    expect(readdirSync(storeDir())).toEqual([asset.sha256]);

    // Counted from the event loop while the fold runs: it can only see the chunks between two steps.
    const counts = new Set<number>();
    const count = () => project.db.prepare('SELECT COUNT(*) FROM media_chunks').pluck().get() as number;
    let settled = false;
    const folding = project.pendingMedia.settled().then(() => (settled = true));
    while (!settled) {
      counts.add(count());
      await nextTurn();
    }
    await folding;
    expect([...counts].filter((seen) => seen > 0 && seen < 71)).toEqual([32, 64]);
    expect(count()).toBe(71);
    expect(project.db.prepare('SELECT pending FROM media_contents').pluck().all()).toEqual([0]);
    expect(existsSync(storeDir())).toBe(false);
    expect(await verifyMediaContent(project.db, asset.sha256)).toBe(true);
  });

  it('are folded whole by a closing that comes in the middle of a background fold, leaving the file alone and back in WAL mode', async () => {
    const filePath = path.join(dir, 'interview.mp4');
    await writePseudoRandomFile(filePath, 40 * MB, 8);
    const project = open();
    const asset = await importMediaFile(project, filePath, video);
    while ((project.db.prepare('SELECT COUNT(*) FROM media_chunks').pluck().get() as number) === 0) await nextTurn();
    close(project);
    expect(readdirSync(dir).filter((name) => name.startsWith('course.spoc'))).toEqual(['course.spoc']);
    const db = new Database(projectPath, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(await verifyMediaContent(db, asset.sha256)).toBe(true);
    db.close();
  });

  it('left by a killed app: the next opening deletes unfinished and unnamed files at once, then folds the pending ones', async () => {
    const bytes = Buffer.alloc(3 * MB + 7, 9);
    const sha256 = leaveImportedButNotFolded(bytes);
    writeFileSync(path.join(storeDir(), 'cut-short.importing'), Buffer.alloc(1000));
    writeFileSync(path.join(storeDir(), 'f'.repeat(64)), Buffer.alloc(1000));

    const project = open();
    expect(project.readOnly).toBeNull();
    expect(readdirSync(storeDir())).toEqual([sha256]);
    expect(bytesOf(project, sha256).equals(bytes)).toBe(true);
    await project.whenChecked();
    await project.pendingMedia.settled();
    expect(existsSync(storeDir())).toBe(false);
    expect(project.db.prepare('SELECT COUNT(*) FROM media_chunks').pluck().get()).toBe(4);
    expect(bytesOf(project, sha256).equals(bytes)).toBe(true);
  });

  it('go into the file before the backup an opening makes ahead of a migration, so that the backup holds them', async () => {
    const bytes = Buffer.alloc(3 * MB, 2);
    const sha256 = leaveImportedButNotFolded(bytes);
    const addNotes = (db: Database.Database) => db.exec("ALTER TABLE modules ADD COLUMN notes TEXT NOT NULL DEFAULT ''");
    close(ProjectFile.open(projectPath, [...MIGRATIONS, addNotes]));
    const backup = readdirSync(dir).find((name) => name.includes('-backup-'))!;
    const db = new Database(path.join(dir, backup), { readonly: true });
    expect(db.prepare('SELECT pending FROM media_contents WHERE sha256 = ?').pluck().get(sha256)).toBe(0);
    expect(await verifyMediaContent(db, sha256)).toBe(true);
    db.close();
  });

  it('are shown from the store by a read-only opening, which writes nothing', async () => {
    const bytes = Buffer.alloc(2 * MB + 1, 4);
    const sha256 = leaveImportedButNotFolded(bytes);
    const fileBefore = readFileSync(projectPath);

    const project = open(true);
    expect(project.readOnly).toBe('locked');
    expect(bytesOf(project, sha256).equals(bytes)).toBe(true);
    close(project);
    expect(readFileSync(projectPath).equals(fileBefore)).toBe(true);
    expect(readdirSync(storeDir())).toEqual([sha256]);
  });

  it('go with a copy saved from a read-only opening, folded into the copy', async () => {
    const bytes = Buffer.alloc(5 * MB, 6);
    const sha256 = leaveImportedButNotFolded(bytes);
    const source = open(true);
    const copyPath = path.join(dir, 'copy.spoc');
    const copy = await saveProjectCopy(source, copyPath);
    opened.push(copy);
    expect(copy.db.prepare('SELECT sha256, pending FROM media_contents').all()).toEqual([{ sha256, pending: 0 }]);
    expect(bytesOf(copy, sha256).equals(bytes)).toBe(true);
    expect(existsSync(mediaStoreDirFor(copyPath))).toBe(false);
    expect(readdirSync(storeDir())).toEqual([sha256]);
  });

  it('whose file is missing: the project still opens for editing, reading the media names the missing folder, and the row is kept', async () => {
    const sha256 = leaveImportedButNotFolded(Buffer.alloc(MB, 1), null);
    const project = open();
    await project.whenChecked();
    await project.pendingMedia.settled();
    expect(project.readOnly).toBeNull();
    expect(() => bytesOf(project, sha256)).toThrow(expect.objectContaining({ code: 'corrupt-project', message: expect.stringMatching(/"clip\.mp4".*"course\.spoc-media"/) }));
    expect(await verifyMediaContent(project.db, sha256)).toBe(false);
    close(project);
    const db = new Database(projectPath, { readonly: true });
    expect(db.prepare('SELECT sha256, pending FROM media_contents').all()).toEqual([{ sha256, pending: 1 }]);
    db.close();
  });

  it('whose file does not hash to its SHA-256: the project opens for editing and the media is found damaged, as damaged chunks are', async () => {
    const bytes = Buffer.alloc(2 * MB, 3);
    const sha256 = leaveImportedButNotFolded(bytes, Buffer.alloc(2 * MB, 8));
    const project = open();
    await project.whenChecked();
    expect(project.readOnly).toBeNull();
    expect(await verifyMediaContent(project.db, sha256)).toBe(false);
    close(project);
    const db = new Database(projectPath, { readonly: true });
    expect(await verifyMediaContent(db, sha256)).toBe(false);
    expect(db.prepare('SELECT COUNT(*) FROM media_assets').pluck().get()).toBe(1);
    db.close();
  });
});

describe('media pending while an export reads the file through a connection of its own', () => {
  it('are not folded meanwhile (a fold under way stops after its step): the file stays readable by another connection; the rest is folded afterwards', async () => {
    const filePath = path.join(dir, 'interview.mp4');
    await writePseudoRandomFile(filePath, 70 * MB + 3, 6);
    const project = open();
    const asset = await importMediaFile(project, filePath, video);
    const count = () => project.db.prepare('SELECT COUNT(*) FROM media_chunks').pluck().get() as number;
    while (count() === 0) await nextTurn();

    await project.pendingMedia.whileReading(async () => {
      const held = count();
      expect(held).toBeLessThan(71);
      expect(held % 32).toBe(0);
      project.pendingMedia.foldSoon();
      await project.pendingMedia.settled();
      expect(count()).toBe(held);
      const reader = new Database(projectPath, { readonly: true });
      try {
        expect(reader.prepare('SELECT COUNT(*) FROM media_chunks').pluck().get()).toBe(held);
      } finally {
        reader.close();
      }
    });
    await project.pendingMedia.settled();
    expect(count()).toBe(71);
    expect(await verifyMediaContent(project.db, asset.sha256)).toBe(true);
  });
});
