import type { PlayerProgrammeWeek } from '../../../shared/export/playerData';

export interface ProgrammePosition {
  /** Index in the weeks of the week to highlight: the first before the start, the last after the end. */
  index: number;
  status: 'before' | 'during' | 'after';
}

/** Where the learner stands in the cohort's programme on `today` (YYYY-MM-DD); null with no week. */
export function currentProgrammeWeek(weeks: readonly PlayerProgrammeWeek[], today: string): ProgrammePosition | null {
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  if (!first || !last) return null;
  if (today < first.opensOn) return { index: 0, status: 'before' };
  if (today > last.closesOn) return { index: weeks.length - 1, status: 'after' };
  let index = 0;
  weeks.forEach((week, candidate) => {
    if (week.opensOn <= today) index = candidate;
  });
  return { index, status: 'during' };
}

/** The learner's calendar day on their own clock, as YYYY-MM-DD. */
export function localIsoDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
