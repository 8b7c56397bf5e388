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

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const CHECKS = [checkCapsules, checkWeeks, checkObjectives, checkQuestions, checkCohorts, checkSameKindStreaks, checkSuspendDataBudget];

/**
 * Every pedagogical check on a course, errors first. Pure and fast enough to rerun on each change;
 * findings inform, they never block an export.
 */
export function runChecks(doc: CourseDocument, settings: CheckSettings = DEFAULT_CHECK_SETTINGS): Finding[] {
  const context = buildCheckContext(doc, settings);
  const findings: Finding[] = [];
  for (const check of CHECKS) check(context, findings);
  const disabled = new Set(settings.disabledChecks);
  return findings
    .filter((finding) => !disabled.has(finding.checkId))
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index)
    .map(({ finding }) => finding);
}
