import { useTranslation } from 'react-i18next';
import type { BoardWeek } from '../../../shared/pacing/computePacingBoard';
import { formatDuration } from '../../i18n/formatDuration';
import { Icon } from '../../ui/Icon';
import { workloadFill } from './workloadFill';

const LEVEL_KEY = { within: 'pacing:levelWithin', over: 'pacing:levelOver', 'far-over': 'pacing:levelFarOver' } as const;

/** The week's learner workload against the budget: a bar that turns amber then red, and the same in words. */
export function WorkloadBar({ week }: { week: BoardWeek }) {
  const { t } = useTranslation();
  const minutes = formatDuration(week.minutes, t);
  const budget = formatDuration(week.budgetMinutes, t);
  const overBudget = week.level === 'over' || week.level === 'far-over';
  return (
    <div className={`workload workload--${week.level}`} data-testid="week-workload" data-minutes={week.minutes}>
      <div className="workload__bar" aria-hidden="true">
        <div className="workload__fill" style={{ width: `${workloadFill(week.minutes, week.budgetMinutes)}%` }} />
      </div>
      <p className="workload__text">
        {overBudget && <Icon name="alert" size={14} />}
        <span className="workload__amount">
          {week.level === 'none' ? t('pacing:workloadNoBudget', { minutes }) : t('pacing:workload', { minutes, budget })}
        </span>
        {week.level !== 'none' && <span className="workload__level">{t(LEVEL_KEY[week.level])}</span>}
      </p>
    </div>
  );
}
