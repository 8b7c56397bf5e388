import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../electron/server/startHttpServer';
import { startServer } from '../../../electron/server/startServer';

const resourcesDir = path.resolve(__dirname, '../../../resources');

function folders() {
  const root = mkdtempSync(path.join(tmpdir(), 'spoc-browser-mode-'));
  const rendererDir = path.join(root, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  return { root, rendererDir, workspaceDir: path.join(root, 'workspace'), appDataDir: path.join(root, 'app-data'), resourcesDir };
}

async function call(server: RunningServer, method: string, input: unknown = {}) {
  const response = await fetch(`${server.url}api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-spoc-token': server.token },
    body: JSON.stringify(input),
  });
  return (await response.json()) as { ok: boolean; value?: any; error?: { code: string; message: string } };
}

describe('startServer (browser mode on the real services)', () => {
  const running: RunningServer[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((server) => server.close()));
  });

  it('opens a copy of the bundled sample when no file is given, and serves it over HTTP', async () => {
    const dirs = folders();
    const server = await startServer(dirs);
    running.push(server);
    const session = await call(server, 'getSession');
    expect(session).toMatchObject({ ok: true, value: { mode: 'browser' } });
    expect(session.value.project.title).toMatch(/OPTIMANAGER/i);
    expect(readdirSync(dirs.workspaceDir).some((name) => name.endsWith('.spoc'))).toBe(true);
    const outline = await call(server, 'getOutline');
    expect(outline.ok).toBe(true);
    expect(outline.value.modules.length).toBeGreaterThan(0);
  });

  it('creates new projects inside the workspace and refuses bad input with invalid-input', async () => {
    const dirs = folders();
    const server = await startServer(dirs);
    running.push(server);
    const created = await call(server, 'createProject', { title: 'AGILECOM', language: 'fr', template: 'four-weekly-modules' });
    expect(created.ok).toBe(true);
    expect(path.dirname(created.value.path)).toBe(dirs.workspaceDir);
    const invalid = await call(server, 'createProject', { title: '', language: 'de', template: 'blank' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call(server, 'openProject', {})).toEqual({ ok: true, value: null });
  });

  it('opens the project file it is given', async () => {
    const first = folders();
    const seed = await startServer(first);
    const created = await call(seed, 'createProject', { title: 'Cyber-sécurité', language: 'fr', template: 'awareness' });
    await seed.close();

    const server = await startServer({ ...folders(), projectPath: created.value.path });
    running.push(server);
    const session = await call(server, 'getSession');
    expect(session.value.project).toMatchObject({ path: created.value.path, title: 'Cyber-sécurité' });
  });

  it('refuses to start on a file that is not a project, saying why', async () => {
    const dirs = folders();
    const notAProject = path.join(dirs.root, 'notes.spoc');
    writeFileSync(notAProject, 'just some text');
    await expect(startServer({ ...dirs, projectPath: notAProject })).rejects.toThrow(/notes\.spoc/);
    await expect(startServer({ ...dirs, projectPath: path.join(dirs.root, 'missing.spoc') })).rejects.toThrow();
  });
});
