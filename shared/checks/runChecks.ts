import { exportBlockers } from '../export/exportBlockers';
import type { ExportOptions } from '../export/exportOptions';
import { exportSettingsOf } from '../export/exportSettings';
import type { CourseDocument } from '../model/courseDocument';
import { checkCapsules } from './checkCapsules';
import { checkCohorts } from './checkCohorts';
import { buildCheckContext } from './checkContext';
import { checkObjectives } from './checkObjectives';
import { checkQuestions } from './checkQuestions';
import { checkSameKindStreaks } from './checkSameKindStreaks';
import { checkSuspendDataBudget } from './checkSuspendDataBudget';
import { checkWeeks } from './checkWeeks';
import { DEFAULT_CHECK_SETTINGS, type CheckSettings } from './checkSettings';
import type { Finding, Severity } from './finding';

const SEVERITY_ORDER: Record<Severity, number> = { 'blocks-export': 0, error: 1, warning: 2, info: 3 };
const CHECKS = [checkCapsules, checkWeeks, checkObjectives, checkQuestions, checkCohorts, checkSameKindStreaks, checkSuspendDataBudget];

/**
 * Every check on a course, what blocks its export first (from the function the export itself runs,
 * with the options the next export starts from), then errors. Pure and fast enough to rerun on each
 * change; only the export blockers block, and they cannot be turned off.
 */
export function runChecks(
  doc: CourseDocument,
  settings: CheckSettings = DEFAULT_CHECK_SETTINGS,
  exportOptions: ExportOptions = exportSettingsOf(doc, null),
): Finding[] {
  const context = buildCheckContext(doc, settings, exportOptions);
  const findings: Finding[] = [];
  for (const check of CHECKS) check(context, findings);
  const disabled = new Set<string>(settings.disabledChecks);
  return [...exportBlockers(doc, exportOptions), ...findings.filter((finding) => !disabled.has(finding.checkId))]
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index)
    .map(({ finding }) => finding);
}
