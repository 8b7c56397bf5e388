// Cold start (issue 13): loading the services, with the browser-mode server or the desktop shell around
// them, must build none of the model's and the API contract's zod schemas (building them all was a fifth
// of a start); each is built at its first use, and every call's input is still checked against its schema.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as zod from 'zod';

/** Names of the zod builders called (z.object, z.string…), in order; z.lazy, lazySchema's cheap stand-in, is not counted. */
const built: string[] = [];
vi.mock('zod', async (importOriginal) => {
  const actual = await importOriginal<typeof zod>();
  const counted = new Proxy(actual.z, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      // Builders are lower-case functions; classes (z.ZodObject…) stay as they are for instanceof.
      if (typeof value !== 'function' || typeof key !== 'string' || !/^[a-z]/.test(key) || key === 'lazy') return value;
      return (...args: unknown[]) => {
        built.push(key);
        return (value as (...given: unknown[]) => unknown)(...args);
      };
    },
  });
  return { ...actual, z: counted };
});

// The desktop shell's modules only read electron's exports when the app starts, not when they load.
vi.mock('electron', () => ({ app: {}, BrowserWindow: class {}, dialog: {}, ipcMain: {}, Menu: {}, net: {}, protocol: {}, session: {}, shell: {} }));

describe('schemas built at their first use', () => {
  it('builds no schema when the desktop shell loads', async () => {
    await import('../../../electron/main/startDesktopApp');
    expect(built).toEqual([]);
  });

  it('builds no schema when the server and the services load, and still refuses a malformed call with a clear error', async () => {
    const { startServer } = await import('../../../electron/server/startServer');
    const { createServices } = await import('../../../electron/services/createServices');
    expect(built).toEqual([]);

    const root = mkdtempSync(path.join(tmpdir(), 'spoc-schemas-'));
    const dirs = { workspaceDir: path.join(root, 'workspace'), appDataDir: path.join(root, 'app-data'), resourcesDir: path.resolve(__dirname, '../../../resources') };
    const projectPath = path.join(root, 'cours.spoc');
    const services = createServices({
      mode: 'browser',
      ...dirs,
      places: { chooseNewProjectPath: async () => projectPath, chooseProjectToOpen: async () => null, chooseExportPath: async () => null, chooseExportFolder: async () => null },
    });
    expect(built).toEqual([]);
    await services.createProject({ title: 'Démarrage', language: 'fr', template: 'blank' });
    services.dispose();

    const rendererDir = path.join(root, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    const server = await startServer({ ...dirs, projectPath, rendererDir });
    try {
      const response = await fetch(`${server.url}api/addModule`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-spoc-token': server.token },
        body: JSON.stringify({ title: 42 }),
      });
      const answer = (await response.json()) as { ok: boolean; error?: { code: string; message: string } };
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(answer.error?.message).toMatch(/addModule.*title/);
    } finally {
      await server.close();
    }
  });
});
