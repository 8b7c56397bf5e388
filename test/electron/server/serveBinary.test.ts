// The built browser-mode server (out/server/serve.cjs), started as users and the cold-start bench start it:
// its bundle holds better-sqlite3's JavaScript (kept in the code cache) and loads only the native addon
// from node_modules, and its lazily built schemas still refuse a malformed call with a clear error.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const out = path.resolve(__dirname, '../../../out');
const server = path.join(out, 'server/serve.cjs');
const built = existsSync(server) && existsSync(path.join(out, 'cli/spoc.cjs'));
if (!built) console.warn(`Skipping the browser-mode server smoke test: ${server} is not built (run npm run build).`);

/** Starts the server on a project and resolves with the address it prints, then stops it when done. */
async function withServer(projectPath: string, dir: string, use: (launchUrl: string) => Promise<void>): Promise<void> {
  const child = spawn(process.execPath, [server, projectPath, '--port', '0', '--workspace', dir, '--app-data', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const launchUrl = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (data: Buffer) => {
        output += data.toString();
        const address = /open (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output)?.[1];
        if (address) resolve(address);
      });
      child.stderr.on('data', (data: Buffer) => reject(new Error(data.toString())));
      child.on('exit', (code) => reject(new Error(`the server exited with ${code} before printing its address`)));
    });
    await use(launchUrl);
  } finally {
    child.kill();
  }
}

describe.skipIf(!built)('the built browser-mode server (out/server/serve.cjs)', () => {
  it('bundles better-sqlite3, opens a project and refuses a malformed call with a clear error', async () => {
    expect(readFileSync(path.join(out, 'server/serveApp.cjs'), 'latin1')).toContain('Misspelled option "readOnly" should be "readonly"');
    const dir = mkdtempSync(path.join(tmpdir(), 'spoc-serve-binary-'));
    try {
      const projectPath = path.join(dir, 'cours.spoc');
      execFileSync(process.execPath, [path.join(out, 'cli/spoc.cjs'), 'new', projectPath, '--title', 'Démarrage', '--template', 'four-weekly-modules']);
      await withServer(projectPath, dir, async (launchUrl) => {
        const redirect = await fetch(launchUrl, { redirect: 'manual' });
        expect(redirect.status).toBe(303);
        const cookie = String(redirect.headers.get('set-cookie')).split(';')[0]!;
        const page = await fetch(new URL(String(redirect.headers.get('location')), launchUrl), { headers: { cookie } });
        expect(page.status).toBe(200);
        const token = /<meta name="spoc-token" content="([^"]+)">/.exec(await page.text())?.[1] ?? '';
        const call = async (method: string, input: unknown) =>
          (await (
            await fetch(new URL(`/api/${method}`, launchUrl), { method: 'POST', headers: { 'content-type': 'application/json', 'x-spoc-token': token }, body: JSON.stringify(input) })
          ).json()) as { ok: boolean; value?: { course: { title: string } }; error?: { code: string; message: string } };

        const refused = await call('addModule', { title: 42 });
        expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
        expect(refused.error?.message).toMatch(/addModule.*title/);
        expect((await call('getOutline', {})).value?.course.title).toBe('Démarrage');
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
