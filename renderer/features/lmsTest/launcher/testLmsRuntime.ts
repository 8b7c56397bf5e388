import { Scorm12API, Scorm2004API } from 'scorm-again';
import { LMS_TEST_CHANNEL, reusesApiObject, type LmsCall, type LmsPageMessage, type LmsTestMode } from '../../../../shared/lmsTest/lmsTestProtocol';
import type { ManifestSco } from './readManifest';

type Runtime = Scorm12API | Scorm2004API;
type Cmi = Record<string, unknown>;

const CALLS: Record<'1.2' | '2004', Record<string, LmsCall['call']>> = {
  '1.2': { LMSInitialize: 'Initialize', LMSFinish: 'Terminate', LMSCommit: 'Commit', LMSGetValue: 'GetValue', LMSSetValue: 'SetValue' },
  '2004': { Initialize: 'Initialize', Terminate: 'Terminate', Commit: 'Commit', GetValue: 'GetValue', SetValue: 'SetValue' },
};

function lastError(runtime: Runtime): { code: number; text: string } {
  const code = runtime instanceof Scorm12API ? String(runtime.LMSGetLastError()) : String(runtime.GetLastError());
  const text = code === '0' ? '' : runtime instanceof Scorm12API ? runtime.LMSGetErrorString(code) : runtime.GetErrorString(code);
  return { code: Number(code) || 0, text: String(text) };
}

/**
 * The LMS side of "Test as in the LMS", without the page: scorm-again API objects, one per session
 * (or one per player page, as Moodle's 2004 player), what the LMS stored for each SCO at its last
 * commit (so that a relaunch resumes), and a report of every call that matters.
 */
export class TestLmsRuntime {
  /** What the LMS stored for each SCO at its last successful Commit or Terminate. */
  private readonly stored = new Map<string, Cmi>();
  private current: { runtime: Runtime; key: string; packageIndex: number } | null = null;

  constructor(
    private readonly version: '1.2' | '2004',
    private readonly report: (message: LmsPageMessage) => void,
  ) {}

  /**
   * Starts a session of `sco` and returns the API object the SCO will find (window.API or
   * window.API_1484_11). `newPage`: a new visit (relaunch); false: the player page's own menu or Next.
   */
  open(sco: ManifestSco, mode: LmsTestMode, newPage: boolean): Runtime {
    // Each package of a module-packages export is an activity of its own: opening another is a new page.
    const samePage = !newPage && this.current?.packageIndex === sco.packageIndex;
    const reuse = this.current !== null && reusesApiObject(mode, this.version, !samePage);
    let resumed = false;
    if (reuse && this.current) this.current = { ...this.current, key: sco.key };
    else {
      const fresh = this.newRuntime(sco);
      resumed = fresh.resumed;
      this.watch(fresh.runtime);
      this.current = { runtime: fresh.runtime, key: sco.key, packageIndex: sco.packageIndex };
    }
    this.report({ channel: LMS_TEST_CHANNEL, type: 'session', key: sco.key, freshApi: !reuse, resumed });
    return this.current.runtime;
  }

  /** A fresh API object holding what the LMS stored for the SCO, initialized from its manifest, as an LMS starts a session. */
  private newRuntime(sco: ManifestSco): { runtime: Runtime; resumed: boolean } {
    // logLevel 5: silent; the app shows the errors itself.
    const settings = { autocommit: false, logLevel: 5, mastery_override: true } as const;
    const runtime: Runtime = this.version === '1.2' ? new Scorm12API(settings) : new Scorm2004API(settings);
    const saved = this.stored.get(sco.key) as { cmi: Cmi & { core?: Cmi } } | undefined;
    // The previous session's exit decides: "suspend" resumes the attempt. In 2004 any other exit ended
    // the attempt, so the next one starts on a fresh data model; 1.2 keeps the data (entry "").
    const resumed = (this.version === '1.2' ? saved?.cmi.core?.exit : saved?.cmi.exit) === 'suspend';
    const kept = saved && (resumed || this.version === '1.2') ? saved : undefined;
    const data = (kept ? structuredClone(kept) : { cmi: this.version === '1.2' ? { core: {} } : {} }) as { cmi: Cmi & { core?: Cmi; student_data?: Cmi } };
    const cmi = data.cmi;
    const entry = resumed ? 'resume' : kept ? '' : 'ab-initio';
    if (this.version === '1.2') {
      cmi.core = { ...cmi.core, entry, credit: 'credit' };
      if (sco.masteryScore) cmi.student_data = { ...cmi.student_data, mastery_score: sco.masteryScore };
    } else {
      cmi.entry = entry;
      if (sco.completionThreshold) cmi.completion_threshold = sco.completionThreshold;
      if (sco.scaledPassingScore) cmi.scaled_passing_score = sco.scaledPassingScore;
    }
    runtime.loadFromJSON(data);
    return { runtime, resumed };
  }

  /** Reports the calls that matter; calls made on an API object count for the SCO open now. */
  private watch(runtime: Runtime): void {
    const target = runtime as unknown as Record<string, (...args: string[]) => string>;
    for (const [name, call] of Object.entries(CALLS[this.version])) {
      const original = target[name]!.bind(runtime);
      target[name] = (...args: string[]) => {
        const result = original(...args);
        const key = this.current?.key;
        if (key) this.reportCall(runtime, key, call, args[0], String(result));
        return result;
      };
    }
  }

  private reportCall(runtime: Runtime, key: string, call: LmsCall['call'], argument: string | undefined, result: string): void {
    const error = lastError(runtime);
    const keeps = call === 'Initialize' || call === 'Commit' || call === 'Terminate';
    // GetValue and SetValue are reported when they fail only: a SCO makes hundreds of them.
    if (!keeps && error.code === 0) return;
    const cmi = keeps ? (runtime.renderCMIToJSONObject() as Cmi) : undefined;
    const ok = keeps && result === 'true';
    if (cmi && ok && call !== 'Initialize') this.stored.set(key, cmi);
    this.report({
      channel: LMS_TEST_CHANNEL,
      type: 'call',
      key,
      call: {
        call,
        ...(argument && (call === 'GetValue' || call === 'SetValue') ? { element: argument.slice(0, 300) } : {}),
        ok,
        errorCode: error.code,
        errorText: error.text.slice(0, 500),
        ...(cmi ? { cmi } : {}),
        // What a commit sends when the LMS re-sends the whole data model, as Moodle does.
        ...(call === 'Commit' && cmi ? { bytes: new TextEncoder().encode(JSON.stringify(cmi)).length } : {}),
      },
    });
  }
}
