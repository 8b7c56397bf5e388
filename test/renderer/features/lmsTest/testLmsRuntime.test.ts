import { describe, expect, it } from 'vitest';
import type { ManifestSco } from '../../../../renderer/features/lmsTest/launcher/readManifest';
import { TestLmsRuntime } from '../../../../renderer/features/lmsTest/launcher/testLmsRuntime';
import { emptyLmsRecord, reduceLmsRecord, type LmsRecord } from '../../../../shared/lmsTest/lmsRecord';
import { LMS_TEST_CHANNEL, type LmsPageMessage } from '../../../../shared/lmsTest/lmsTestProtocol';

const sco = (index: number, version: '1.2' | '2004', extra: Partial<ManifestSco> = {}): ManifestSco => ({
  version,
  key: `1/sco-${index}/index.html`,
  packageIndex: 0,
  title: `Module ${index}`,
  href: `sco-${index}/index.html`,
  masteryScore: null,
  completionThreshold: null,
  scaledPassingScore: null,
  ...extra,
});

type Api2004 = { Initialize(a: ''): string; SetValue(e: string, v: string): string; GetValue(e: string): string; Commit(a: ''): string; Terminate(a: ''): string; GetLastError(): string };
type Api12 = { LMSInitialize(a: ''): string; LMSSetValue(e: string, v: string): string; LMSGetValue(e: string): string; LMSCommit(a: ''): string; LMSFinish(a: ''): string };

/** A test LMS whose reports build the record the panel shows, as the app does. */
function testLms(version: '1.2' | '2004') {
  const messages: LmsPageMessage[] = [];
  let record: LmsRecord = reduceLmsRecord(emptyLmsRecord, { channel: LMS_TEST_CHANNEL, type: 'ready', version, scos: [1, 2, 3].map((index) => sco(index, version)) });
  const runtime = new TestLmsRuntime(version, (message) => {
    messages.push(message);
    record = reduceLmsRecord(record, message);
  });
  return { runtime, messages, record: () => record };
}

describe('TestLmsRuntime (scorm-again as the LMS)', () => {
  it('records a 2004 session: statuses, score, interactions, each commit with its size, and the suspend_data length', () => {
    const lms = testLms('2004');
    const api = lms.runtime.open(sco(1, '2004', { scaledPassingScore: '0.7' }), 'standard', true) as unknown as Api2004;
    expect(api.Initialize('')).toBe('true');
    expect(api.GetValue('cmi.scaled_passing_score')).toBe('0.7');
    api.SetValue('cmi.interactions.0.id', 'q1');
    api.SetValue('cmi.interactions.0.type', 'choice');
    api.SetValue('cmi.interactions.0.result', 'correct');
    api.SetValue('cmi.score.scaled', '0.8');
    api.SetValue('cmi.success_status', 'passed');
    api.SetValue('cmi.completion_status', 'incomplete');
    api.SetValue('cmi.suspend_data', 'x'.repeat(120));
    expect(api.Commit('')).toBe('true');
    api.SetValue('cmi.completion_status', 'completed');
    api.Commit('');
    const [first] = lms.record().scos;
    expect(first?.data).toMatchObject({ status: 'completed', success: 'passed', score: '0.8', suspendDataLength: 120 });
    expect(first?.data?.interactions).toEqual([{ id: 'q1', type: 'choice', result: 'correct', response: '' }]);
    expect(first?.commits).toHaveLength(2);
    expect(first?.commits[0]?.bytes).toBeGreaterThan(500);
    expect(first?.errors).toEqual([]);
  });

  it('reports a refused value with its SCORM error code and element, not the hundreds of calls that work', () => {
    const lms = testLms('2004');
    const api = lms.runtime.open(sco(1, '2004'), 'standard', true) as unknown as Api2004;
    api.Initialize('');
    api.GetValue('cmi.completion_status');
    api.SetValue('cmi.success_status', 'perhaps');
    expect(lms.record().scos[0]?.errors).toEqual([{ session: 1, call: 'SetValue', element: 'cmi.success_status', code: 406, text: expect.any(String) }]);
    expect(lms.messages.filter((message) => message.type === 'call')).toHaveLength(2);
  });

  it('like Moodle, the next 2004 SCO opened from the page meets the terminated API object and fails Initialize with 104; a new page (relaunch) works', () => {
    const lms = testLms('2004');
    const first = lms.runtime.open(sco(1, '2004'), 'moodle', true) as unknown as Api2004;
    first.Initialize('');
    first.Terminate('');
    const second = lms.runtime.open(sco(2, '2004'), 'moodle', false) as unknown as Api2004;
    expect(second).toBe(first);
    expect(second.Initialize('')).toBe('false');
    expect(lms.record().scos[1]).toMatchObject({ initialized: false, errors: [{ call: 'Initialize', code: 104 }] });
    const again = lms.runtime.open(sco(2, '2004'), 'moodle', true) as unknown as Api2004;
    expect(again).not.toBe(first);
    expect(again.Initialize('')).toBe('true');
    expect(lms.record().scos[1]).toMatchObject({ sessions: 2, initialized: true });
  });

  it('like Moodle, a SCO of another package (another activity) gets an API object of its own', () => {
    const lms = testLms('2004');
    const first = lms.runtime.open(sco(1, '2004'), 'moodle', true) as unknown as Api2004;
    first.Initialize('');
    first.Terminate('');
    const otherPackage = lms.runtime.open(sco(2, '2004', { packageIndex: 1, key: '2/sco-1/index.html' }), 'moodle', false) as unknown as Api2004;
    expect(otherPackage).not.toBe(first);
    expect(otherPackage.Initialize('')).toBe('true');
  });

  it('a strict LMS, and Moodle in 1.2, give each SCO its own API object', () => {
    const strict = testLms('2004');
    strict.runtime.open(sco(1, '2004'), 'standard', true);
    const next = strict.runtime.open(sco(2, '2004'), 'standard', false) as unknown as Api2004;
    expect(next.Initialize('')).toBe('true');
    const moodle12 = testLms('1.2');
    const first = moodle12.runtime.open(sco(1, '1.2'), 'moodle', true) as unknown as Api12;
    first.LMSInitialize('');
    first.LMSFinish('');
    const second = moodle12.runtime.open(sco(2, '1.2'), 'moodle', false) as unknown as Api12;
    expect(second.LMSInitialize('')).toBe('true');
  });

  it('a relaunch resumes a suspended 1.2 session with what the LMS stored, and the mastery score from the manifest', () => {
    const lms = testLms('1.2');
    const withMastery = sco(1, '1.2', { masteryScore: '70' });
    const first = lms.runtime.open(withMastery, 'standard', true) as unknown as Api12;
    first.LMSInitialize('');
    expect(first.LMSGetValue('cmi.core.entry')).toBe('ab-initio');
    first.LMSSetValue('cmi.suspend_data', 's2|3|abc');
    first.LMSSetValue('cmi.core.lesson_location', '3');
    first.LMSSetValue('cmi.core.exit', 'suspend');
    first.LMSFinish('');
    const second = lms.runtime.open(withMastery, 'standard', true) as unknown as Api12;
    expect(second).not.toBe(first);
    second.LMSInitialize('');
    expect(second.LMSGetValue('cmi.core.entry')).toBe('resume');
    expect(second.LMSGetValue('cmi.suspend_data')).toBe('s2|3|abc');
    expect(second.LMSGetValue('cmi.student_data.mastery_score')).toBe('70');
    expect(lms.record().scos[0]).toMatchObject({ sessions: 2, resumed: true, maxSuspendData: 8 });
  });

  it('in 2004 a session that ended without suspend ended the attempt: the relaunch starts a new one on a fresh data model', () => {
    const lms = testLms('2004');
    const first = lms.runtime.open(sco(1, '2004'), 'standard', true) as unknown as Api2004;
    first.Initialize('');
    first.SetValue('cmi.suspend_data', 'abc');
    first.SetValue('cmi.completion_status', 'completed');
    first.SetValue('cmi.exit', 'normal');
    first.Terminate('');
    const second = lms.runtime.open(sco(1, '2004'), 'standard', true) as unknown as Api2004;
    second.Initialize('');
    expect(second.GetValue('cmi.entry')).toBe('ab-initio');
    expect(second.GetValue('cmi.completion_status')).toBe('unknown');
    expect(lms.record().scos[0]).toMatchObject({ sessions: 2, resumed: false, maxSuspendData: 3 });
  });
});
