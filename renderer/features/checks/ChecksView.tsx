import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../shared/checks/finding';
import { usePlaceIds } from '../../app/usePlaceIds';
import { useAppStore } from '../../state/useAppStore';
import { CheckSettingsForm } from './CheckSettingsForm';
import { countFindings } from './countFindings';
import { findingDestination } from './findingDestination';
import { FindingItem } from './FindingItem';
import { useGoToDestination } from './useGoToDestination';
import './checks.css';

type Filter = Severity | 'all';
const FILTERS: readonly { value: Filter; labelKey: string }[] = [
  { value: 'all', labelKey: 'checks:filterAll' },
  { value: 'blocks-export', labelKey: 'checks:severityBlocksExport' },
  { value: 'error', labelKey: 'checks:severityError' },
  { value: 'warning', labelKey: 'checks:severityWarning' },
  { value: 'info', labelKey: 'checks:severityInfo' },
];

/** The pedagogical checks on the course as it is now: findings with a jump to each item, and the course's thresholds. */
export function ChecksView() {
  const { t } = useTranslation();
  const report = useAppStore((state) => state.checkReport);
  const loadCheckReport = useAppStore((state) => state.loadCheckReport);
  const go = useGoToDestination();
  const [filter, setFilter] = useState<Filter>('all');
  const placeIds = usePlaceIds();

  useEffect(() => {
    void loadCheckReport();
  }, [loadCheckReport]);

  if (!report) return null;
  const counts = countFindings(report.findings);
  const shown = filter === 'all' ? report.findings : report.findings.filter((finding) => finding.severity === filter);

  return (
    <div className="checks">
      <header className="checks__header">
        <h1>{t('checks:panelTitle')}</h1>
        <p className="checks__intro">{t('checks:panelIntro')}</p>
        <p className="checks__summary" data-testid="checks-summary">
          {[
            t('checks:summary.blockers', { count: counts['blocks-export'] }),
            t('checks:summary.errors', { count: counts.error }),
            t('checks:summary.warnings', { count: counts.warning }),
            t('checks:summary.infos', { count: counts.info }),
          ].join(', ')}
        </p>
      </header>
      {report.findings.length === 0 ? (
        <p className="checks__clear">{t('checks:allClear')}</p>
      ) : (
        <>
          <div className="segmented" role="group" aria-label={t('checks:filterLabel')}>
            {FILTERS.map(({ value, labelKey }) => (
              <button key={value} type="button" className="segmented__option" aria-pressed={filter === value} onClick={() => setFilter(value)}>
                {t(labelKey)} ({value === 'all' ? report.findings.length : counts[value]})
              </button>
            ))}
          </div>
          {shown.length === 0 ? (
            <p className="checks__clear">{t('checks:filterEmpty')}</p>
          ) : (
            <ul className="findings" aria-label={t('checks:findingsLabel')}>
              {shown.map((finding) => (
                <FindingItem key={finding.id} finding={finding} destination={findingDestination(finding.target, placeIds)} onGo={go} />
              ))}
            </ul>
          )}
        </>
      )}
      <CheckSettingsForm settings={report.settings} />
    </div>
  );
}
