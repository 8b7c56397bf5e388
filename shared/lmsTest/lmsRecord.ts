import type { LmsCall, LmsPageMessage, LmsTestSco } from './lmsTestProtocol';

/** What the LMS holds for a SCO, read from its data model (1.2 or 2004). */
export interface RecordedData {
  /** 1.2 cmi.core.lesson_status; 2004 cmi.completion_status. */
  status: string;
  /** 2004 cmi.success_status; null in 1.2 (lesson_status says it). */
  success: string | null;
  /** 1.2 score.raw (0–100); 2004 score.scaled (0–1); '' when none. */
  score: string;
  location: string;
  exit: string;
  suspendDataLength: number;
  interactions: Array<{ id: string; type: string; result: string; response: string }>;
  objectives: Array<{ id: string; status: string }>;
}

export interface RecordedCommit {
  session: number;
  ok: boolean;
  bytes: number;
}

export interface RecordedError {
  session: number;
  call: LmsCall['call'];
  element: string | null;
  code: number;
  text: string;
}

export interface ScoRecord {
  sco: LmsTestSco;
  /** Sessions opened so far (1 at the first launch). */
  sessions: number;
  /** Initialize of the current session: null before any, false when the LMS refused it. */
  initialized: boolean | null;
  terminated: boolean;
  resumed: boolean;
  /** The current session met the API object of the SCO before it (Moodle's 2004 player page). */
  sharedApi: boolean;
  data: RecordedData | null;
  /** Longest suspend_data the LMS held for the SCO, across sessions. */
  maxSuspendData: number;
  commits: RecordedCommit[];
  errors: RecordedError[];
}

/** Everything the test LMS recorded, SCO by SCO, in manifest order. */
export interface LmsRecord {
  version: '1.2' | '2004' | null;
  scos: ScoRecord[];
}

export const emptyLmsRecord: LmsRecord = { version: null, scos: [] };

type Obj = Record<string, unknown>;
const asObj = (value: unknown): Obj => (typeof value === 'object' && value !== null ? (value as Obj) : {});
const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
/** scorm-again renders collections as objects keyed "0", "1"… (arrays also read fine). */
const itemsOf = (value: unknown): Obj[] => Object.values(asObj(value)).map(asObj);

/** Reads what matters to a designer from a rendered data model ({ cmi: … }). */
export function readCmi(version: '1.2' | '2004', rendered: Obj): RecordedData {
  const cmi = asObj(rendered.cmi);
  if (version === '1.2') {
    const core = asObj(cmi.core);
    return {
      status: text(core.lesson_status),
      success: null,
      score: text(asObj(core.score).raw),
      location: text(core.lesson_location),
      exit: text(core.exit),
      suspendDataLength: text(cmi.suspend_data).length,
      interactions: itemsOf(cmi.interactions).map((item) => ({ id: text(item.id), type: text(item.type), result: text(item.result), response: text(item.student_response) })),
      objectives: itemsOf(cmi.objectives).map((item) => ({ id: text(item.id), status: text(item.status) })),
    };
  }
  return {
    status: text(cmi.completion_status),
    success: text(cmi.success_status),
    score: text(asObj(cmi.score).scaled),
    location: text(cmi.location),
    exit: text(cmi.exit),
    suspendDataLength: text(cmi.suspend_data).length,
    interactions: itemsOf(cmi.interactions).map((item) => ({ id: text(item.id), type: text(item.type), result: text(item.result), response: text(item.learner_response) })),
    objectives: itemsOf(cmi.objectives).map((item) => ({ id: text(item.id), status: [text(item.success_status), text(item.completion_status)].filter((part) => part && part !== 'unknown').join(', ') || 'unknown' })),
  };
}

function updateSco(record: LmsRecord, key: string, change: (sco: ScoRecord) => ScoRecord): LmsRecord {
  return { ...record, scos: record.scos.map((sco) => (sco.sco.key === key ? change(sco) : sco)) };
}

function recordCall(sco: ScoRecord, call: LmsCall, version: '1.2' | '2004'): ScoRecord {
  const next: ScoRecord = { ...sco };
  if (call.call === 'Initialize') next.initialized = call.ok;
  if (call.call === 'Terminate' && call.ok) next.terminated = true;
  if (call.cmi && call.ok) {
    next.data = readCmi(version, call.cmi);
    next.maxSuspendData = Math.max(sco.maxSuspendData, next.data.suspendDataLength);
  }
  if (call.call === 'Commit') next.commits = [...sco.commits, { session: sco.sessions, ok: call.ok, bytes: call.bytes ?? 0 }];
  if (call.errorCode !== 0) {
    next.errors = [...sco.errors, { session: sco.sessions, call: call.call, element: call.element ?? null, code: call.errorCode, text: call.errorText }];
  }
  return next;
}

/** The record after one message from the LMS page. */
export function reduceLmsRecord(record: LmsRecord, message: LmsPageMessage): LmsRecord {
  switch (message.type) {
    case 'ready':
      return {
        version: message.version,
        scos: message.scos.map((sco) => ({ sco, sessions: 0, initialized: null, terminated: false, resumed: false, sharedApi: false, data: null, maxSuspendData: 0, commits: [], errors: [] })),
      };
    case 'session':
      return updateSco(record, message.key, (sco) => ({ ...sco, sessions: sco.sessions + 1, initialized: null, terminated: false, resumed: message.resumed, sharedApi: !message.freshApi }));
    case 'call':
      return record.version ? updateSco(record, message.key, (sco) => recordCall(sco, message.call, record.version!)) : record;
    default:
      return record;
  }
}

/** The largest commit of the whole test, or null before any. */
export function largestCommit(record: LmsRecord): { sco: LmsTestSco; bytes: number } | null {
  let largest: { sco: LmsTestSco; bytes: number } | null = null;
  for (const sco of record.scos) {
    for (const commit of sco.commits) if (!largest || commit.bytes > largest.bytes) largest = { sco: sco.sco, bytes: commit.bytes };
  }
  return largest;
}
