/**
 * The test LMS page: what an LMS's player page does, with scorm-again as the SCORM runtime
 * (TestLmsRuntime). It reads the manifests listed in packages.json, opens SCOs in its frame with the
 * API object in window.API / window.API_1484_11, and tells the app (its parent) what the LMS records.
 * Built on its own by scripts/build.mjs; the app loads it only in the LMS test frame.
 */
import { LMS_TEST_CHANNEL, LmsLaunchMessageSchema, type LmsPageMessage, type LmsTestMode } from '../../../../shared/lmsTest/lmsTestProtocol';
import { readManifest, type ManifestSco } from './readManifest';
import { TestLmsRuntime } from './testLmsRuntime';

const frame = document.getElementById('sco') as HTMLIFrameElement;
// Only the app frames this page (frame-ancestors); its origin is the one messages go to.
const appOrigin = location.ancestorOrigins?.[0] ?? '*';
const post = (message: LmsPageMessage): void => window.parent.postMessage(message, appOrigin);

const scos = new Map<string, ManifestSco & { base: string }>();
let runtime: TestLmsRuntime | null = null;

/** Unloads the SCO on screen (it terminates on pagehide, as in an LMS), then resolves. */
function unloadSco(): Promise<void> {
  if (!frame.src || frame.src === 'about:blank') return Promise.resolve();
  return new Promise((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.src = 'about:blank';
  });
}

async function launch(key: string, mode: LmsTestMode, newPage: boolean): Promise<void> {
  const sco = scos.get(key);
  if (!sco || !runtime) return;
  await unloadSco();
  const api = runtime.open(sco, mode, newPage);
  const host = window as unknown as Record<string, unknown>;
  delete host.API;
  delete host.API_1484_11;
  host[sco.version === '1.2' ? 'API' : 'API_1484_11'] = api;
  frame.title = sco.title;
  frame.src = `${sco.base}${sco.href}`;
}

async function start(): Promise<void> {
  try {
    const packages = (await (await fetch('packages.json')).json()) as Array<{ base: string }>;
    let version: '1.2' | '2004' = '2004';
    for (const [index, { base }] of packages.entries()) {
      const response = await fetch(`${base}imsmanifest.xml`);
      if (!response.ok) throw new Error(`${base}imsmanifest.xml: ${response.status}`);
      const manifest = readManifest(await response.text(), index);
      version = manifest.version;
      for (const sco of manifest.scos) scos.set(sco.key, { ...sco, base });
    }
    runtime = new TestLmsRuntime(version, post);
    const list = [...scos.values()].map(({ key, packageIndex, title, href }) => ({ key, packageIndex, title, href }));
    post({ channel: LMS_TEST_CHANNEL, type: 'ready', version, scos: list });
  } catch (error) {
    post({ channel: LMS_TEST_CHANNEL, type: 'unreadable', message: error instanceof Error ? error.message : String(error) });
  }
}

window.addEventListener('message', (event) => {
  if (event.source !== window.parent) return;
  const parsed = LmsLaunchMessageSchema.safeParse(event.data);
  if (parsed.success) void launch(parsed.data.key, parsed.data.mode, parsed.data.newPage);
});
void start();
