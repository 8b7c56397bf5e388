import { addDays } from '../../../shared/pacing/addDays';

export interface NominalWeekDates {
  opensOn: string;
  dueOn: string;
}

/**
 * Opening and due day of a week counted from the course's planned start (framing), before any
 * cohort's holidays shift them; null when the course has no start date yet.
 */
export function nominalWeekDates(startDate: string | null, week: number, dueDayOffset: number): NominalWeekDates | null {
  if (startDate === null) return null;
  const opensOn = addDays(startDate, 7 * (week - 1));
  return { opensOn, dueOn: addDays(opensOn, dueDayOffset) };
}
