/**
 * The test LMS page: what an LMS's player page does, with scorm-again as the SCORM runtime. It reads
 * the manifests, installs window.API / window.API_1484_11, opens SCOs in its frame, keeps what they
 * commit (its "database", so that a relaunch resumes), and tells the app every call that matters.
 * Built on its own by scripts/build.mjs; the app loads it only in the LMS test frame.
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { LMS_TEST_CHANNEL, LmsLaunchMessageSchema, reusesApiObject, type LmsCall, type LmsPageMessage } from '../../../../shared/lmsTest/lmsTestProtocol';
import { readManifest, type ManifestSco } from './readManifest';

type Runtime = Scorm12API | Scorm2004API;
type Cmi = Record<string, unknown>;

const frame = document.getElementById('sco') as HTMLIFrameElement;
// Only the app frames this page (frame-ancestors); its origin is the one messages go to.
const appOrigin = location.ancestorOrigins?.[0] ?? '*';
const post = (message: LmsPageMessage): void => window.parent.postMessage(message, appOrigin);

let version: '1.2' | '2004' = '2004';
const scos = new Map<string, ManifestSco & { base: string }>();
/** What the LMS stored for each SCO at its last commit or terminate. */
const stored = new Map<string, Cmi>();
let current: { runtime: Runtime; key: string } | null = null;

const CALLS: Record<'1.2' | '2004', Record<string, LmsCall['call']>> = {
  '1.2': { LMSInitialize: 'Initialize', LMSFinish: 'Terminate', LMSCommit: 'Commit', LMSGetValue: 'GetValue', LMSSetValue: 'SetValue' },
  '2004': { Initialize: 'Initialize', Terminate: 'Terminate', Commit: 'Commit', GetValue: 'GetValue', SetValue: 'SetValue' },
};

function lastError(runtime: Runtime): { code: number; text: string } {
  const code = runtime instanceof Scorm12API ? String(runtime.LMSGetLastError()) : String(runtime.GetLastError());
  const text = code === '0' ? '' : runtime instanceof Scorm12API ? runtime.LMSGetErrorString(code) : runtime.GetErrorString(code);
  return { code: Number(code) || 0, text: String(text) };
}

/** Reports the calls that matter to the app; calls made by whichever SCO is open now count for it. */
function watch(runtime: Runtime): void {
  const target = runtime as unknown as Record<string, (...args: string[]) => string>;
  for (const [name, call] of Object.entries(CALLS[version])) {
    const original = target[name]!.bind(runtime);
    target[name] = (...args: string[]) => {
      const result = original(...args);
      const key = current?.key;
      if (!key) return result;
      const error = lastError(runtime);
      const keeps = call === 'Initialize' || call === 'Commit' || call === 'Terminate';
      // GetValue and SetValue are reported when they fail only: a SCO makes hundreds of them.
      if (!keeps && error.code === 0) return result;
      const cmi = keeps ? (runtime.renderCMIToJSONObject() as Cmi) : undefined;
      const succeeded = keeps && String(result) === 'true';
      if (cmi && succeeded && call !== 'Initialize') stored.set(key, cmi);
      post({
        channel: LMS_TEST_CHANNEL,
        type: 'call',
        key,
        call: {
          call,
          ...(args[0] && (call === 'GetValue' || call === 'SetValue') ? { element: args[0].slice(0, 300) } : {}),
          ok: succeeded,
          errorCode: error.code,
          errorText: error.text.slice(0, 500),
          ...(cmi ? { cmi } : {}),
          ...(call === 'Commit' && cmi ? { bytes: JSON.stringify(cmi).length } : {}),
        },
      });
      return result;
    };
  }
}

/** A fresh API object holding what the LMS stored for the SCO, initialized from its manifest, as an LMS starts a session. */
function newRuntime(sco: ManifestSco): { runtime: Runtime; resumed: boolean } {
  // logLevel 5: silent; the app shows the errors itself.
  const settings = { autocommit: false, logLevel: 5, mastery_override: true } as const;
  const runtime: Runtime = version === '1.2' ? new Scorm12API(settings) : new Scorm2004API(settings);
  const saved = stored.get(sco.key);
  const data = (saved ? structuredClone(saved) : { cmi: version === '1.2' ? { core: {} } : {} }) as { cmi: Cmi & { core?: Cmi; student_data?: Cmi } };
  const cmi = data.cmi;
  const previousExit = version === '1.2' ? cmi.core?.exit : cmi.exit;
  const resumed = previousExit === 'suspend';
  if (version === '1.2') {
    cmi.core = { ...cmi.core, entry: resumed ? 'resume' : 'ab-initio', credit: 'credit' };
    if (sco.masteryScore) cmi.student_data = { ...cmi.student_data, mastery_score: sco.masteryScore };
  } else {
    cmi.entry = resumed ? 'resume' : 'ab-initio';
    if (sco.completionThreshold) cmi.completion_threshold = sco.completionThreshold;
    if (sco.scaledPassingScore) cmi.scaled_passing_score = sco.scaledPassingScore;
  }
  runtime.loadFromJSON(data);
  return { runtime, resumed };
}

/** Unloads the SCO on screen (it terminates on pagehide, as in an LMS), then resolves. */
function unloadSco(): Promise<void> {
  if (!frame.src || frame.src === 'about:blank') return Promise.resolve();
  return new Promise((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.src = 'about:blank';
  });
}

async function launch(key: string, mode: 'standard' | 'moodle', newPage: boolean): Promise<void> {
  const sco = scos.get(key);
  if (!sco) return;
  await unloadSco();
  const reuse = current !== null && reusesApiObject(mode, version, newPage);
  let resumed = false;
  if (reuse && current) current = { runtime: current.runtime, key };
  else {
    const fresh = newRuntime(sco);
    resumed = fresh.resumed;
    watch(fresh.runtime);
    current = { runtime: fresh.runtime, key };
    const host = window as unknown as Record<string, unknown>;
    delete host.API;
    delete host.API_1484_11;
    host[version === '1.2' ? 'API' : 'API_1484_11'] = fresh.runtime;
  }
  post({ channel: LMS_TEST_CHANNEL, type: 'session', key, freshApi: !reuse, resumed });
  frame.title = sco.title;
  frame.src = `${sco.base}${sco.href}`;
}

async function start(): Promise<void> {
  try {
    const packages = (await (await fetch('packages.json')).json()) as Array<{ base: string }>;
    const all: ManifestSco[] = [];
    for (const [index, { base }] of packages.entries()) {
      const response = await fetch(`${base}imsmanifest.xml`);
      if (!response.ok) throw new Error(`${base}imsmanifest.xml: ${response.status}`);
      const manifest = readManifest(await response.text(), index);
      version = manifest.version;
      for (const sco of manifest.scos) {
        scos.set(sco.key, { ...sco, base });
        all.push(sco);
      }
    }
    post({ channel: LMS_TEST_CHANNEL, type: 'ready', version, scos: all.map(({ key, packageIndex, title, href }) => ({ key, packageIndex, title, href })) });
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
