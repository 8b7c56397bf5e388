import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { lmsTest } from '../../../shared/i18n/lmsTest';
import { lmsAnnouncements } from '../../../shared/lmsTest/lmsAnnouncements';
import { emptyLmsRecord, largestCommit, reduceLmsRecord, type LmsRecord } from '../../../shared/lmsTest/lmsRecord';
import { lmsTestReport, type Translate } from '../../../shared/lmsTest/lmsTestReport';
import { LMS_TEST_CHANNEL, type LmsCall, type LmsPageMessage } from '../../../shared/lmsTest/lmsTestProtocol';

const channel = LMS_TEST_CHANNEL;
const scos = [
  { key: '1/sco-1/index.html', packageIndex: 0, title: 'Le rôle du manager', href: 'sco-1/index.html' },
  { key: '1/sco-2/index.html', packageIndex: 0, title: 'Communiquer *efficacement*', href: 'sco-2/index.html' },
];
const cmi2004 = (suspend: string, status: string, extra: Record<string, unknown> = {}) => ({
  cmi: { completion_status: status, success_status: 'passed', score: { scaled: '0.8' }, suspend_data: suspend, location: '2', exit: 'suspend', interactions: { 0: { id: 'q1', type: 'choice', result: 'correct', learner_response: 'a' } }, objectives: {}, ...extra },
});
const call = (key: string, body: LmsCall): LmsPageMessage => ({ channel, type: 'call', key, call: body });

/** Two sessions of SCO 1 (resumed), and SCO 2 opened on Moodle's terminated API. */
function playedRecord(): LmsRecord {
  const messages: LmsPageMessage[] = [
    { channel, type: 'ready', version: '2004', scos },
    { channel, type: 'session', key: scos[0]!.key, freshApi: true, resumed: false },
    call(scos[0]!.key, { call: 'Initialize', ok: true, errorCode: 0, errorText: '', cmi: cmi2004('', 'unknown') }),
    call(scos[0]!.key, { call: 'Commit', ok: true, errorCode: 0, errorText: '', cmi: cmi2004('x'.repeat(300), 'incomplete'), bytes: 2_100 }),
    call(scos[0]!.key, { call: 'Commit', ok: false, errorCode: 391, errorText: 'Commit Failed' }),
    { channel, type: 'session', key: scos[0]!.key, freshApi: true, resumed: true },
    call(scos[0]!.key, { call: 'Initialize', ok: true, errorCode: 0, errorText: '', cmi: cmi2004('x'.repeat(300), 'incomplete') }),
    call(scos[0]!.key, { call: 'Commit', ok: true, errorCode: 0, errorText: '', cmi: cmi2004('x'.repeat(40), 'completed'), bytes: 2_500 }),
    { channel, type: 'session', key: scos[1]!.key, freshApi: false, resumed: false },
    call(scos[1]!.key, { call: 'Initialize', ok: false, errorCode: 104, errorText: 'Content Instance Terminated' }),
  ];
  return messages.reduce(reduceLmsRecord, emptyLmsRecord);
}

function translator(language: 'fr' | 'en'): Translate {
  const instance = i18next.createInstance();
  void instance.init({ lng: language, resources: { [language]: { lmsTest: lmsTest[language] } }, defaultNS: 'lmsTest', keySeparator: false, interpolation: { escapeValue: false }, initAsync: false });
  return (key, params) => instance.t(key, params);
}

const context = {
  course: 'OPTIMANAGER',
  packages: ['optimanager-modules-scorm2004.zip'],
  versionLabel: 'SCORM 2004 4e édition',
  packagingLabel: 'Un SCO par module',
  behaviourLabel: 'Comme Moodle (un objet API par page)',
  suspendDataLimit: 64_000,
  date: '2026-12-05 21:00 UTC',
};

describe('the LMS record', () => {
  it('counts sessions, keeps the longest suspend_data across them, every commit with its size and each SCORM error', () => {
    const [first, second] = playedRecord().scos;
    expect(first).toMatchObject({ sessions: 2, resumed: true, initialized: true, maxSuspendData: 300 });
    expect(first?.data).toMatchObject({ status: 'completed', success: 'passed', score: '0.8', suspendDataLength: 40 });
    expect(first?.commits).toEqual([
      { session: 1, ok: true, bytes: 2_100 },
      { session: 1, ok: false, bytes: 0 },
      { session: 2, ok: true, bytes: 2_500 },
    ]);
    expect(first?.errors).toEqual([{ session: 1, call: 'Commit', element: null, code: 391, text: 'Commit Failed' }]);
    expect(second).toMatchObject({ sessions: 1, sharedApi: true, initialized: false, data: null, errors: [{ call: 'Initialize', code: 104 }] });
    expect(largestCommit(playedRecord())).toEqual({ sco: scos[0], bytes: 2_500 });
  });

  it('announces a refused Initialize or commit, a resumed session and a new status, and stays quiet otherwise', () => {
    const record = playedRecord();
    const failed = call(scos[1]!.key, { call: 'Initialize', ok: false, errorCode: 104, errorText: '' });
    expect(lmsAnnouncements(record, reduceLmsRecord(record, failed), failed)).toEqual([{ key: 'announce.initializeFailed', params: { sco: scos[1]!.title, code: 104 } }]);
    const same = call(scos[0]!.key, { call: 'Commit', ok: true, errorCode: 0, errorText: '', cmi: cmi2004('', 'completed'), bytes: 10 });
    expect(lmsAnnouncements(record, reduceLmsRecord(record, same), same)).toEqual([]);
    const failedNow = call(scos[0]!.key, { call: 'Commit', ok: true, errorCode: 0, errorText: '', cmi: cmi2004('', 'completed', { success_status: 'failed', score: { scaled: '0.2' } }), bytes: 10 });
    expect(lmsAnnouncements(record, reduceLmsRecord(record, failedNow), failedNow).map((said) => said.key)).toEqual(['announce.status', 'announce.score']);
  });
});

describe('the report for the LMS administrator', () => {
  it('says in French what was tested and what the LMS recorded, SCO by SCO, errors with their codes', () => {
    const report = lmsTestReport(playedRecord(), context, translator('fr'));
    expect(report).toContain('# Test du paquet SCORM comme dans le LMS');
    expect(report).toContain('- Comportement du LMS simulé\u00a0: Comme Moodle (un objet API par page)');
    expect(report).toContain('- suspend_data le plus long\u00a0: 300 / 64000 caractères (Le rôle du manager)');
    expect(report).toContain('- Plus gros commit\u00a0: 2500 octets (Le rôle du manager)');
    expect(report).toContain('### 1. Le rôle du manager');
    expect(report).toContain('- Initialize\u00a0: réussi (2 sessions)');
    expect(report).toContain('- Commits\u00a0: 3 commits, max 2500 octets');
    expect(report).toContain('  - Commit\u00a0: erreur 391, Commit Failed');
    // Titles are inert text in Markdown.
    expect(report).toContain('### 2. Communiquer \\*efficacement\\*');
    expect(report).toContain('- Initialize\u00a0: échec (erreur 104) (1 session)');
  });

  it('is written in English with English plurals and punctuation', () => {
    const report = lmsTestReport(playedRecord(), { ...context, versionLabel: 'SCORM 2004 4th edition' }, translator('en'));
    expect(report).toContain('# SCORM package tested as in the LMS');
    expect(report).toContain('- Largest commit: 2500 bytes (Le rôle du manager)');
    expect(report).toContain('- Initialize: failed (error 104)');
    expect(report).toContain('- Interactions: 1 interaction');
    expect(report).not.toContain('Beyond the');
  });

  it('warns when the suspend_data of a SCO went past the limit of its version', () => {
    const report = lmsTestReport(playedRecord(), { ...context, suspendDataLimit: 200 }, translator('en'));
    expect(report).toContain('- Longest suspend_data: 300 / 200 characters\n  - Beyond the 200 characters the standard guarantees');
  });
});
