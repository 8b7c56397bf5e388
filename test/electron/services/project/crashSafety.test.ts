import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleChildScript } from '../../../support/bundleChildScript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../../../electron/services/project/projectFile';
import { CourseRepository } from '../../../../electron/services/project/courseRepository';

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
function runAndKill(projectPath: string, actions: number, script = childScript, prefix = 'committed'): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, projectPath], {
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

  it('keeps a media import killed midway out of the project: no half media, finished ones intact, file valid', async () => {
    const projectPath = path.join(dir, 'import-crash.spoc');
    // Killed once 70 MB went in: past two committed batches of chunks, in the middle of the next.
    const lines = await runAndKill(projectPath, 70, importScript, 'progress');
    const firstSha256 = lines.find((line) => line.startsWith('imported '))!.split(' ')[1];

    const db = new Database(projectPath);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT COUNT(*) FROM media_chunks').pluck().get()).toBeGreaterThan(40);
    db.close();

    const project = ProjectFile.open(projectPath);
    expect(project.db.prepare('SELECT sha256 FROM media_contents').pluck().all()).toEqual([firstSha256]);
    expect(project.db.prepare('SELECT COUNT(*) FROM media_chunks').pluck().get()).toBe(4);
    expect(new CourseRepository(project.db).list('mediaAssets').map((asset) => asset.sha256)).toEqual([firstSha256]);
    expect(project.db.pragma('journal_mode', { simple: true })).toBe('wal');
    project.close();
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
