import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAfterEachSave } from '../../state/useAfterEachSave';
import { CHECKS_PLACE } from '../../state/checksSlice';
import { useAppStore, useLatestAppState } from '../../state/useAppStore';
import './checks.css';

/**
 * The number of findings beside "Checks" in the navigation. Always on screen with the workspace, it
 * also keeps the checks current: after every saved change it reads the count again, or the whole
 * report while the checks view shows it.
 */
export function ChecksCountBadge() {
  const { t } = useTranslation();
  const count = useAppStore((state) => state.checkCount);
  const latest = useLatestAppState();
  const loadCheckReport = useAppStore((state) => state.loadCheckReport);
  const loadCheckCount = useAppStore((state) => state.loadCheckCount);
  // The whole report only while the checks are on screen: elsewhere the count is all this shows.
  const reload = useCallback(() => void (latest().place === CHECKS_PLACE ? loadCheckReport() : loadCheckCount()), [latest, loadCheckReport, loadCheckCount]);

  useEffect(() => {
    if (count === null) reload();
  }, [count, reload]);
  useAfterEachSave(reload);

  if (!count) return null;
  return (
    <span className="nav-count" data-testid="checks-count" title={t('checks:countLabel', { count })}>
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{t('checks:countLabel', { count })}</span>
    </span>
  );
}
