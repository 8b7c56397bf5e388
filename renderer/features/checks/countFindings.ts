import type { Finding, Severity } from '../../../shared/checks/finding';

/** How many findings of each severity, for the summary line. */
export function countFindings(findings: readonly Pick<Finding, 'severity'>[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { 'blocks-export': 0, error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
