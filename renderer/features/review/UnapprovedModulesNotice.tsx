import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/useAppStore';
import { isApproved, latestSignoffs } from './latestSignoffs';

/** Warns, once the course has been through client review, which modules the client has not approved. */
export function UnapprovedModulesNotice() {
  const { t } = useTranslation();
  const overview = useAppStore((state) => state.reviewOverview);
  const modules = useAppStore((state) => state.outline?.modules) ?? [];
  const loadReviewOverview = useAppStore((state) => state.loadReviewOverview);
  const loaded = overview !== null;
  useEffect(() => {
    if (!loaded) void loadReviewOverview();
  }, [loaded, loadReviewOverview]);
  if (!overview || overview.rounds.length === 0) return null;
  const signoffs = latestSignoffs(overview);
  const pending = modules.filter((module) => !isApproved(signoffs.get(module.id)));
  if (pending.length === 0) return null;
  return (
    <p className="notice review-export-warning" role="note" data-testid="export-unapproved">
      {t('review:exportUnapproved', { count: pending.length, modules: pending.map((module) => t('review:quoted', { text: module.title })).join(', ') })}
    </p>
  );
}
