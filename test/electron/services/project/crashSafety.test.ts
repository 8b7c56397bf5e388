import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../../../electron/services/project/projectFile';
import { CourseRepository } from '../../../../electron/services/project/courseRepository';

const root = path.resolve(__dirname, '../../../..');
let dir: string;
let childScript: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'spoc-crash-'));
  childScript = path.join(dir, 'writeUntilKilled.cjs');
  await build({
    entryPoints: [path.join(__dirname, 'fixtures/writeUntilKilled.ts')],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    logLevel: 'error',
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the writer until it has reported `actions` commits, then SIGKILLs it mid-loop. */
function runAndKill(projectPath: string, actions: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, projectPath], {
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
      if (lines.filter((line) => line.startsWith('committed')).length >= actions) child.kill('SIGKILL');
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
});
