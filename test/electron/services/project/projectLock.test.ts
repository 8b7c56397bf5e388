import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { bundleChildScript } from '../../../support/bundleChildScript';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lockPathOf } from '../../../../electron/services/project/projectLock';
import { createTestServices } from '../serviceHarness';

const root = path.resolve(__dirname, '../../../..');
let dir: string;
let childScript: string;
let harness: ReturnType<typeof createTestServices>;
const children: ChildProcess[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'spoc-lock-'));
  childScript = path.join(dir, 'holdProjectOpen.cjs');
  await bundleChildScript(path.join(__dirname, 'fixtures/holdProjectOpen.ts'), childScript);
});
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  harness?.cleanup();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Another instance of the app holding projectPath open; resolves once it says so. */
function otherInstance(projectPath: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, projectPath], { env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let stderr = '';
    child.stderr!.on('data', (data: Buffer) => (stderr += data.toString()));
    child.stdout!.on('data', (data: Buffer) => data.toString().includes('open editable') && resolve(child));
    child.on('exit', (code) => reject(new Error(`the other instance exited with ${code}: ${stderr}`)));
  });
}

const exited = (child: ChildProcess) => new Promise((resolve) => child.once('exit', resolve));

async function createdProject(): Promise<string> {
  harness = createTestServices();
  const created = await harness.api.createProject({ title: 'Partagé', language: 'fr', template: 'four-weekly-modules' });
  await harness.api.closeProject({});
  return created!.path;
}

describe('one instance edits a project at a time', () => {
  it('refuses a second instance, saying who has it open since when, and opens it read-only on request', async () => {
    const projectPath = await createdProject();
    const other = await otherInstance(projectPath);
    const refused = await harness.api.openProject({ path: projectPath }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'locked', text: { key: 'projectLocked' } });
    const message = (refused as Error).message;
    for (const part of [path.basename(projectPath), userInfo().username, hostname(), `process ${other.pid}`, `since ${new Date().toISOString().slice(0, 10)}`]) {
      expect(message).toContain(part);
    }

    const readOnly = await harness.api.openProject({ path: projectPath, readOnly: true });
    expect(readOnly).toMatchObject({ readOnly: 'locked', title: 'Partagé' });
    expect((await harness.api.getOutline({})).modules).toHaveLength(4);
    await expect(harness.api.addModule({ title: 'Encore' })).rejects.toMatchObject({ code: 'read-only' });
  });

  it('takes over the lock of an instance that was killed, and removes its own lock on close', async () => {
    const projectPath = await createdProject();
    const other = await otherInstance(projectPath);
    other.kill('SIGKILL');
    await exited(other);
    expect(existsSync(lockPathOf(projectPath))).toBe(true);

    const opened = await harness.api.openProject({ path: projectPath });
    expect(opened?.readOnly).toBeNull();
    await harness.api.addModule({ title: 'Encore' });
    await harness.api.closeProject({});
    expect(existsSync(lockPathOf(projectPath))).toBe(false);
  });
});
