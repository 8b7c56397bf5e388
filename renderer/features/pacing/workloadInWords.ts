import type { TFunction } from 'i18next';
import type { BoardWeek } from '../../../shared/pacing/computePacingBoard';
import { formatDuration } from '../../i18n/formatDuration';

const LEVEL_KEY = { within: 'pacing:levelWithin', over: 'pacing:levelOver', 'far-over': 'pacing:levelFarOver' } as const;

/** A week's workload as the board writes it: amount against the budget, and how that compares. */
export function workloadInWords(week: Pick<BoardWeek, 'minutes' | 'budgetMinutes' | 'level'>, t: TFunction): { amount: string; level: string | null } {
  const minutes = formatDuration(week.minutes, t);
  const budget = formatDuration(week.budgetMinutes, t);
  return {
    amount: week.level === 'none' ? t('pacing:workloadNoBudget', { minutes }) : t('pacing:workload', { minutes, budget }),
    level: week.level === 'none' ? null : t(LEVEL_KEY[week.level]),
  };
}
