import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAfterEachSave } from '../../state/useAfterEachSave';
import { useAppStore } from '../../state/useAppStore';
import './checks.css';

/**
 * The number of findings beside "Checks" in the navigation. Always on screen with the workspace, it
 * also keeps the report current: it recomputes the checks after every saved change.
 */
export function ChecksCountBadge() {
  const { t } = useTranslation();
  const count = useAppStore((state) => state.checkReport?.findings.length);
  const hasReport = useAppStore((state) => state.checkReport !== null);
  const loadCheckReport = useAppStore((state) => state.loadCheckReport);
  const reload = useCallback(() => void loadCheckReport(), [loadCheckReport]);

  useEffect(() => {
    if (!hasReport) reload();
  }, [hasReport, reload]);
  useAfterEachSave(reload);

  if (!count) return null;
  return (
    <span className="nav-count" data-testid="checks-count" title={t('checks:countLabel', { count })}>
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{t('checks:countLabel', { count })}</span>
    </span>
  );
}
