/**
 * Browser mode's first screen on the real services and the built renderer (npm test builds first):
 * the page as served carries the outline rendered by the server in the language the request asks
 * for, and the reads it was rendered from, safe to embed. The page taking it over is tested in
 * test/e2e/firstScreen.e2e.test.ts.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RunningServer } from '../../../electron/server/startHttpServer';
import { startServer } from '../../../electron/server/startServer';
import { catalogsIn } from '../../../shared/i18n/messages';

const repoRoot = path.resolve(__dirname, '../../..');
const FIRST_READS = /<script type="application\/json" id="spoc-first-reads">([\s\S]*?)<\/script>/;

async function start(withFirstScreen = true): Promise<{ server: RunningServer; cookie: string }> {
  const root = mkdtempSync(path.join(tmpdir(), 'spoc-first-screen-page-'));
  const server = await startServer({
    workspaceDir: path.join(root, 'workspace'),
    appDataDir: path.join(root, 'app-data'),
    resourcesDir: path.join(repoRoot, 'resources'),
    rendererDir: path.join(repoRoot, 'out/renderer'),
    ...(withFirstScreen ? { firstScreenBundle: path.join(repoRoot, 'out/server/firstScreen.cjs') } : {}),
  });
  const launched = await fetch(server.launchUrl, { redirect: 'manual' });
  const cookie = launched.headers.get('set-cookie')!.split(';')[0]!;
  return { server, cookie };
}

async function page(server: RunningServer, headers: Record<string, string>): Promise<string> {
  const response = await fetch(server.url, { headers });
  expect(response.status).toBe(200);
  return response.text();
}

/** The page once the thread that renders first screens has started (it answers without one until then). */
async function pageWithFirstScreen(server: RunningServer, headers: Record<string, string>): Promise<string> {
  let html = '';
  await vi.waitFor(
    async () => {
      html = await page(server, headers);
      expect(html).toContain('data-first-screen=');
    },
    { timeout: 15_000, interval: 20 },
  );
  return html;
}

async function call(server: RunningServer, method: string, input: unknown = {}) {
  const response = await fetch(`${server.url}api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-spoc-token': server.token },
    body: JSON.stringify(input),
  });
  return ((await response.json()) as { value: any }).value;
}

const rootOf = (html: string) => html.slice(html.indexOf('<div id="root"'), html.lastIndexOf('</body>'));

describe("browser mode's first screen", () => {
  const running: RunningServer[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((server) => server.close()));
  });

  it('serves the page with the outline rendered in it, and the reads it was rendered from', async () => {
    const { server, cookie } = await start();
    running.push(server);
    const html = await pageWithFirstScreen(server, { cookie, 'accept-language': 'fr-FR,fr;q=0.9' });
    const outline = await call(server, 'getOutline');
    expect(html).toMatch(/<html lang="fr"/);
    const root = rootOf(html);
    expect(root).toContain('data-first-screen="fr"');
    expect(root).toContain(`<h1>${catalogsIn('fr').outline['heading']}</h1>`);
    expect(root).toContain('data-testid="outline-tree"');
    expect(root).toContain(outline.modules[0].title);
    expect(JSON.parse(html.match(FIRST_READS)![1]!)).toEqual({ getSession: await call(server, 'getSession'), getOutline: outline });
  });

  it('renders in the language picked in the page (its cookie), else in the browser’s first language', async () => {
    const { server, cookie } = await start();
    running.push(server);
    const english = await pageWithFirstScreen(server, { cookie, 'accept-language': 'en-GB,en;q=0.9,fr;q=0.8' });
    expect(english).toMatch(/<html lang="en"/);
    expect(rootOf(english)).toContain(`<h1>${catalogsIn('en').outline['heading']}</h1>`);
    const picked = await page(server, { cookie: `${cookie}; spoc-studio.language=fr`, 'accept-language': 'en-GB,en;q=0.9' });
    expect(rootOf(picked)).toContain(`<h1>${catalogsIn('fr').outline['heading']}</h1>`);
    const unknown = await page(server, { cookie: `${cookie}; spoc-studio.language=de`, 'accept-language': 'fr-CA' });
    expect(unknown).toMatch(/<html lang="fr"/);
  });

  it('renders the rows that fill the window the page said it has (its cookie), else a 1080-pixel one', async () => {
    const { server, cookie } = await start();
    running.push(server);
    const rows = (html: string) => rootOf(html).match(/role="row"/g)?.length ?? 0;
    const usual = await pageWithFirstScreen(server, { cookie });
    expect(rootOf(usual)).toContain('data-first-screen-height="1080"');
    const small = await page(server, { cookie: `${cookie}; spoc-studio.screen-height=500` });
    expect(rootOf(small)).toContain('data-first-screen-height="500"');
    const tall = await page(server, { cookie: `${cookie}; spoc-studio.screen-height=2400` });
    // The sample's outline is about a thousand pixels high: a 1080-pixel window shows all of it.
    expect(rows(small)).toBeGreaterThan(0);
    expect(rows(small)).toBeLessThan(rows(usual));
    expect(rows(tall)).toBe(rows(usual));
    const nonsense = await page(server, { cookie: `${cookie}; spoc-studio.screen-height=1e9` });
    expect(rootOf(nonsense)).toContain('data-first-screen-height="1080"');
  });

  it('embeds course text inertly: a title that closes the script element stays text', async () => {
    const { server, cookie } = await start();
    running.push(server);
    const hostile = '</script><script>alert(1)</script><!--';
    await call(server, 'updateCourse', { patch: { title: hostile } });
    const html = await pageWithFirstScreen(server, { cookie });
    expect(html).not.toContain('<script>alert(1)');
    expect(JSON.parse(html.match(FIRST_READS)![1]!).getSession.project.title).toBe(hostile);
    expect(rootOf(html)).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!--');
  });

  it("names the app's chunk for the page's first script to run after the paint, and only fetches it and its imports", async () => {
    const { server, cookie } = await start();
    running.push(server);
    const plain = await page(server, { cookie });
    const appChunk = plain.match(/<script type="module" crossorigin src="([^"]+)"><\/script>/)?.[1];
    expect(appChunk, 'index.html as built runs the app by a module script').toBeTruthy();
    const appImports = [...plain.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((match) => match[1]);
    expect(appImports.length, 'index.html as built preloads the chunks the app imports').toBeGreaterThan(0);
    const html = await pageWithFirstScreen(server, { cookie });
    const head = html.slice(0, html.indexOf('</head>'));
    expect(html.match(/<script type="module"[^>]*>/g)).toEqual([expect.stringMatching(/ async .*pageStart-/)]);
    expect(head).toContain(`<meta name="spoc-app-chunk" content="${appChunk}">`);
    expect(head).toMatch(/<link rel="stylesheet"/);
    // The app's chunks are fetched, not compiled, after the first screen's markup.
    const fetchedAfter = [...html.slice(html.indexOf('<div id="root"')).matchAll(/<link rel="preload" as="script" crossorigin href="([^"]+)">/g)].map((match) => match[1]);
    expect(fetchedAfter).toEqual([appChunk, ...appImports]);
    // Only the chunks pageStart imports are compiled with it.
    const compiledBefore = html.match(/<link rel="modulepreload"[^>]*>/g);
    expect(compiledBefore?.length).toBeGreaterThan(0);
    for (const preload of compiledBefore!) expect(preload).toMatch(/ data-page-start>$/);
  });

  it('serves the page as built, with its token, without the renderer’s server bundle', async () => {
    const { server, cookie } = await start(false);
    running.push(server);
    const html = await page(server, { cookie });
    expect(html).toContain(`<meta name="spoc-token" content="${server.token}">`);
    expect(html).toContain('<div id="root"></div>');
    expect(html).not.toContain('spoc-first-reads');
  });
});
