import type { ScormVersion } from '../../../shared/model/course';

/** The two run-time APIs: 2004 3rd and 4th editions share one data model for what we write. */
export type ScormDialect = '1.2' | '2004';

export function dialectOf(version: ScormVersion): ScormDialect {
  return version === '1.2' ? '1.2' : '2004';
}

/** suspend_data size each version guarantees (SPM): 1.2 4,096; 2004 3rd 4,000; 2004 4th 64,000. */
export function suspendDataBudget(version: ScormVersion): number {
  if (version === '1.2') return 4_096;
  return version === '2004-3rd' ? 4_000 : 64_000;
}
