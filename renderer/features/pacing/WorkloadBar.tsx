import { useTranslation } from 'react-i18next';
import type { BoardWeek } from '../../../shared/pacing/computePacingBoard';
import { Icon } from '../../ui/Icon';
import { workloadFill } from './workloadFill';
import { workloadInWords } from './workloadInWords';

/** The week's learner workload against the budget: a bar that turns amber then red, and the same in words. */
export function WorkloadBar({ week }: { week: BoardWeek }) {
  const { t } = useTranslation();
  const words = workloadInWords(week, t);
  const overBudget = week.level === 'over' || week.level === 'far-over';
  return (
    <div className={`workload workload--${week.level}`} data-testid="week-workload" data-minutes={week.minutes}>
      <div className="workload__bar" aria-hidden="true">
        <div className="workload__fill" style={{ width: `${workloadFill(week.minutes, week.budgetMinutes)}%` }} />
      </div>
      <p className="workload__text">
        {overBudget && <Icon name="alert" size={14} />}
        <span className="workload__amount">{words.amount}</span>
        {words.level && <span className="workload__level">{words.level}</span>}
      </p>
    </div>
  );
}
