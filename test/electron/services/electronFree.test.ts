import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');

describe('services room', () => {
  it('bundles and runs without any electron module', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'spoc-no-electron-'));
    try {
      const entry = path.join(dir, 'entry.ts');
      const outfile = path.join(dir, 'services.cjs');
      const result = await build({
        stdin: {
          contents: `
            import { createServices } from ${JSON.stringify(path.join(root, 'electron/services/createServices'))};
            import { callApi } from ${JSON.stringify(path.join(root, 'electron/services/callApi'))};
            const dir = process.argv[2];
            const api = createServices({ mode: 'browser', workspaceDir: dir, appDataDir: dir, resourcesDir: dir, places: {
              chooseNewProjectPath: async (name) => dir + '/' + name, chooseProjectToOpen: async () => null, chooseExportPath: async () => null, chooseExportFolder: async () => null } });
            callApi(api, 'createProject', { title: 'Sans Electron', language: 'fr', template: 'awareness' })
              .then(() => callApi(api, 'getOutline', {}))
              .then((outline) => { console.log(JSON.stringify(outline.value.modules.length)); api.dispose(); });
          `,
          resolveDir: root,
          sourcefile: entry,
          loader: 'ts',
        },
        outfile,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        external: ['better-sqlite3'],
        metafile: true,
        logLevel: 'error',
        plugins: [
          {
            name: 'forbid-electron',
            setup(pluginBuild) {
              pluginBuild.onResolve({ filter: /^electron(\/.*)?$/ }, (args) => ({ errors: [{ text: `services import electron from ${args.importer}` }] }));
            },
          },
        ],
      });
      expect(Object.keys(result.metafile.inputs).some((input) => input.includes('node_modules/electron/'))).toBe(false);
      const run = spawnSync(process.execPath, [outfile, dir], { env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') }, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.stdout.trim()).toBe('3');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
