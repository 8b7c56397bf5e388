import type { ScormVersion } from '../../../shared/model/course';

/** The two run-time APIs: 2004 3rd and 4th editions share one data model for what we write. */
export type ScormDialect = '1.2' | '2004';

export function dialectOf(version: ScormVersion): ScormDialect {
  return version === '1.2' ? '1.2' : '2004';
}
