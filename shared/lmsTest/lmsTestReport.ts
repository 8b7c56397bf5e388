import { largestCommit, type LmsRecord, type ScoRecord } from './lmsRecord';

/** A translation function of the lmsTest namespace (i18next's t, or a test's). */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface LmsTestReportContext {
  course: string;
  packages: string[];
  /** Already translated: "SCORM 2004 4e édition", "Comme Moodle…". */
  versionLabel: string;
  packagingLabel: string;
  behaviourLabel: string;
  suspendDataLimit: number;
  /** ISO date and time of the report. */
  date: string;
}

/** Markdown stays readable as plain text in an e-mail; table cells and list items must not break it. */
const inline = (value: string): string => value.replace(/[\r\n]+/g, ' ').replace(/([\\`*_[\]|#<>])/g, '\\$1');

/** "- label: value", with the language's own spacing before the colon. */
const item = (t: Translate, label: string, value: string): string => `- ${t('report.line', { label, value })}`;

function scoLines(sco: ScoRecord, index: number, limit: number, version: '1.2' | '2004' | null, t: Translate): string[] {
  const lines = [`### ${index + 1}. ${inline(sco.sco.title)}`, ''];
  if (sco.sessions === 0) return [...lines, `- ${t('report.notLaunched')}`, ''];
  const initialize = sco.errors.find((error) => error.call === 'Initialize');
  lines.push(item(t, t('report.initialize'), `${sco.initialized === false && initialize ? t('report.initializeFailed', { code: initialize.code }) : t('report.initializeOk')} (${t('report.sessionCount', { count: sco.sessions })})`));
  const data = sco.data;
  if (data) {
    lines.push(item(t, t(version === '1.2' ? 'lessonStatus' : 'completionStatus'), `${inline(data.status) || t('noValue')}`));
    if (data.success !== null) lines.push(item(t, t('successStatus'), `${inline(data.success) || t('noValue')}`));
    lines.push(item(t, t('score'), `${inline(data.score) || t('noValue')}`));
    lines.push(item(t, t('interactions'), `${t('interactionCount', { count: data.interactions.length })}`));
  }
  lines.push(item(t, t('report.maxSuspendData'), `${t('suspendDataValue', { length: sco.maxSuspendData, limit })}`));
  if (sco.maxSuspendData > limit) lines.push(`  - ${t('suspendDataOver', { limit })}`);
  const biggest = Math.max(0, ...sco.commits.map((commit) => commit.bytes));
  lines.push(item(t, t('commits'), `${t('commitCount', { count: sco.commits.length })}${sco.commits.length ? `, max ${t('commitSize', { bytes: biggest })}` : ''}`));
  lines.push(item(t, t('report.errors'), `${sco.errors.length === 0 ? t('report.none') : ''}`));
  for (const error of sco.errors) {
    const params = { call: error.call, element: error.element ? inline(error.element) : '', code: error.code, text: inline(error.text) };
    lines.push(`  - ${t(error.element ? 'errorLineElement' : 'errorLine', params)}`);
  }
  return [...lines, ''];
}

/**
 * The short report a designer sends to the client's LMS administrator: what was tested, how, and
 * what the LMS recorded SCO by SCO (status, score, largest suspend_data and commit, SCORM errors).
 * Labels come through `t`; the ":" spacing of French is the catalogue's business, not ours.
 */
export function lmsTestReport(record: LmsRecord, context: LmsTestReportContext, t: Translate): string {
  const largest = largestCommit(record);
  const longest = record.scos.reduce<ScoRecord | null>((best, sco) => (!best || sco.maxSuspendData > best.maxSuspendData ? sco : best), null);
  const errorCount = record.scos.reduce((sum, sco) => sum + sco.errors.length, 0);
  return [
    `# ${t('report.title')}`,
    '',
    item(t, t('report.course'), inline(context.course)),
    item(t, t('report.packages', { count: context.packages.length }), `${context.packages.map(inline).join(', ')}`),
    item(t, t('report.version'), `${inline(context.versionLabel)} · ${inline(context.packagingLabel)}`),
    item(t, t('report.mode'), `${inline(context.behaviourLabel)}`),
    item(t, t('report.runtime'), 'scorm-again'),
    item(t, t('report.date'), context.date),
    item(t, t('report.maxSuspendData'), `${t('suspendDataValue', { length: longest?.maxSuspendData ?? 0, limit: context.suspendDataLimit })}${longest && longest.maxSuspendData > 0 ? ` (${inline(longest.sco.title)})` : ''}`),
    item(t, t('report.largestCommit'), `${largest ? t('report.largestCommitValue', { bytes: largest.bytes, sco: inline(largest.sco.title) }) : t('report.none')}`),
    item(t, t('report.errors'), `${errorCount === 0 ? t('report.none') : String(errorCount)}`),
    '',
    `## ${t('report.scos')}`,
    '',
    ...record.scos.flatMap((sco, index) => scoLines(sco, index, context.suspendDataLimit, record.version, t)),
  ].join('\n');
}
