import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleChildScript } from '../../../support/bundleChildScript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../../../electron/services/project/projectFile';
import { CourseRepository } from '../../../../electron/services/project/courseRepository';
import { mediaStoreDirFor } from '../../../../electron/services/media/mediaStore';
import { verifyMediaContent } from '../../../../electron/services/media/verifyMediaContent';

const MB = 1024 * 1024;

const root = path.resolve(__dirname, '../../../..');
let dir: string;
let childScript: string;
let importScript: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'spoc-crash-'));
  childScript = path.join(dir, 'writeUntilKilled.cjs');
  importScript = path.join(dir, 'importUntilKilled.cjs');
  for (const [entry, outfile] of [
    ['fixtures/writeUntilKilled.ts', childScript],
    ['fixtures/importUntilKilled.ts', importScript],
  ] as const) {
    await bundleChildScript(path.join(__dirname, entry), outfile);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the writer until it has printed `count` lines starting with `prefix`, then SIGKILLs it mid-loop. */
function runAndKill(projectPath: string, actions: number, script = childScript, prefix = 'committed', args: string[] = []): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, projectPath, ...args], {
      env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    child.stdout.on('data', (data: Buffer) => {
      buffered += data.toString();
      const complete = buffered.split('\n');
      buffered = complete.pop()!;
      lines.push(...complete);
      if (lines.filter((line) => line.startsWith(prefix)).length >= actions) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(lines);
      else reject(new Error(`writer exited with ${code}: ${stderr}`));
    });
  });
}

/** After a closing: every media is in the file (none pending, bytes matching their hash), the file passes integrity_check, and no side file is left. */
async function expectFoldedAndAlone(projectPath: string, sha256s: string[]): Promise<void> {
  const name = path.basename(projectPath);
  expect(readdirSync(path.dirname(projectPath)).filter((entry) => entry.startsWith(name) && !entry.endsWith('.first.mp4'))).toEqual([name]);
  const db = new Database(projectPath, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT sha256 FROM media_contents WHERE pending = 0 ORDER BY id').pluck().all()).toEqual(sha256s);
    for (const sha256 of sha256s) expect(await verifyMediaContent(db, sha256)).toBe(true);
  } finally {
    db.close();
  }
}

describe('crash safety', () => {
  it('keeps every action committed before the app is killed, in a file that passes integrity_check', async () => {
    const projectPath = path.join(dir, 'crash.spoc');
    const lines = await runAndKill(projectPath, 150);

    const db = new Database(projectPath);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();

    const project = ProjectFile.open(projectPath);
    const repository = new CourseRepository(project.db);
    const titles = new Set(repository.modules().map((module) => module.title));
    const committed = lines.filter((line) => line.startsWith('committed ')).map((line) => line.split(' '));
    expect(committed.length).toBeGreaterThanOrEqual(150);
    for (const [, action, capsuleId] of committed) {
      expect(titles.has(`Module ${action}`), `module ${action}`).toBe(true);
      expect(repository.capsule(capsuleId!).title).toBe(`Capsule ${action}`);
    }
    for (const action of lines.filter((line) => line.startsWith('saved ')).map((line) => line.split(' ')[1])) {
      const capsuleId = committed.find(([, committedAction]) => committedAction === action)![2]!;
      expect(repository.capsule(capsuleId).content.content![0]!.content![0]!.text!.startsWith(`${action} `)).toBe(true);
    }
    project.close();
  });

  it('keeps a media import killed while writing the store out of the project: no half media, finished ones intact, nothing left', async () => {
    const projectPath = path.join(dir, 'import-crash.spoc');
    // Killed once 70 MB went in: well inside the store file of the second import.
    const lines = await runAndKill(projectPath, 70, importScript, 'progress');
    const firstSha256 = lines.find((line) => line.startsWith('imported '))!.split(' ')[1]!;
    const unfinished = readdirSync(mediaStoreDirFor(projectPath)).filter((name) => name !== firstSha256);
    expect(unfinished.map((name) => statSync(path.join(mediaStoreDirFor(projectPath), name)).size)).toEqual([expect.any(Number)]);
    expect(statSync(path.join(mediaStoreDirFor(projectPath), unfinished[0]!)).size).toBeGreaterThan(40 * MB);

    const project = ProjectFile.open(projectPath);
    expect(project.readOnly).toBeNull();
    expect(project.db.prepare('SELECT sha256 FROM media_contents').pluck().all()).toEqual([firstSha256]);
    expect(new CourseRepository(project.db).list('mediaAssets').map((asset) => asset.sha256)).toEqual([firstSha256]);
    expect(readdirSync(mediaStoreDirFor(projectPath))).toEqual([firstSha256]);
    expect(await verifyMediaContent(project.db, firstSha256)).toBe(true);
    project.close();
    await expectFoldedAndAlone(projectPath, [firstSha256]);
  });

  // Each point of a media's way into the file where the app may be killed: the import that returned is never lost.
  it.each([
    ['after the import returned, before any fold', 'after-commit'],
    ['in the middle of the fold', 'mid-fold'],
    ['between the fold\'s commit and the deletion of the store file', 'before-delete'],
  ])('keeps a media when the app is killed %s: valid file, same bytes, nothing left', async (_when, mode) => {
    const projectPath = path.join(dir, `${mode}.spoc`);
    const lines = await runAndKill(projectPath, 1, importScript, 'stop', [mode]);
    const sha256 = lines.find((line) => line.startsWith('imported '))!.split(' ')[1]!;
    const raw = new Database(projectPath);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    const pending = raw.prepare('SELECT pending FROM media_contents WHERE sha256 = ?').pluck().get(sha256);
    const chunks = raw.prepare('SELECT COUNT(*) FROM media_chunks').pluck().get();
    raw.close();
    // Where the kill landed: pending without chunks, pending with a first batch, or folded with its file still there.
    expect({ pending, chunks, storeFile: existsSync(path.join(mediaStoreDirFor(projectPath), sha256)) }).toEqual(
      { 'after-commit': { pending: 1, chunks: 0, storeFile: true }, 'mid-fold': { pending: 1, chunks: 32, storeFile: true }, 'before-delete': { pending: 0, chunks: 41, storeFile: true } }[mode],
    );

    const project = ProjectFile.open(projectPath);
    expect(project.readOnly).toBeNull();
    expect(await verifyMediaContent(project.db, sha256)).toBe(true);
    project.close();
    await expectFoldedAndAlone(projectPath, [sha256]);
  });

  it('lets a process that imported media exit by itself (the hashing thread does not hold it)', async () => {
    const projectPath = path.join(dir, 'import-exit.spoc');
    const child = spawn(process.execPath, [importScript, projectPath, 'complete'], { env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^imported [0-9a-f]{64}\n$/);
  });
});
