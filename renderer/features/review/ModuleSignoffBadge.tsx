import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/useAppStore';
import { isApproved, latestSignoffs } from './latestSignoffs';

/** The client's decision on a module in the latest round that gave one, shown in the outline. */
export function ModuleSignoffBadge({ moduleId }: { moduleId: string }) {
  const { t } = useTranslation();
  const overview = useAppStore((state) => state.reviewOverview);
  const signoffs = overview ? latestSignoffs(overview).get(moduleId) : undefined;
  if (!signoffs) return null;
  const approved = isApproved(signoffs);
  const label = signoffs.map((signoff) => t('review:signoffBy', { decision: t(`review:signoff_${signoff.decision}`), reviewer: signoff.reviewer, round: signoff.roundNumber })).join('; ');
  return (
    <span className={`badge signoff-badge signoff-badge--${approved ? 'approved' : 'changes'}`} title={label} data-testid="module-signoff">
      {t(approved ? 'review:signoff_approved' : 'review:signoff_changes-requested')}
      <span className="visually-hidden">: {label}</span>
    </span>
  );
}
