import { useTranslation } from 'react-i18next';
import type { FindingTarget } from '../../../shared/checks/finding';
import type { ExportNotice } from '../../../shared/export/exportNotice';
import { Icon, type IconName } from '../../ui/Icon';

const GROUPS = [
  { severity: 'error', title: 'export:errorsTitle', icon: 'alert' },
  { severity: 'warning', title: 'export:warningsTitle', icon: 'alert' },
  { severity: 'info', title: 'export:adviceTitle', icon: 'check' },
] as const satisfies ReadonlyArray<{ severity: ExportNotice['severity']; title: string; icon: IconName }>;

/** What checkScormExport found, errors first: errors block the export (each with a jump to its place), the rest is advice. */
export function ExportNoticeList({ notices, targetLms, onGoTo }: { notices: ExportNotice[]; targetLms: string; onGoTo?: (target: FindingTarget) => void }) {
  const { t } = useTranslation();
  return (
    <>
      {GROUPS.map(({ severity, title, icon }) => {
        const group = notices.filter((notice) => notice.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} className={`export-notices export-notices--${severity}`} role={severity === 'error' ? 'alert' : undefined} data-testid={`export-${severity}s`}>
            <h3 className="export-notices__title">
              <Icon name={icon} size={16} />
              {severity === 'info' && targetLms ? t('export:adviceTitleFor', { lms: targetLms }) : t(title)}
            </h3>
            <ul>
              {group.map((notice, index) => (
                <li key={`${notice.key}-${index}`} className="export-notices__item">
                  <span>{t(`export:${notice.key}`, { ...notice.params, defaultValue: notice.message })}</span>
                  {notice.target && onGoTo && (
                    <button type="button" className="button button--small" onClick={() => onGoTo(notice.target!)}>
                      {t('checks:goTo')}
                      <Icon name="arrow-right" size={14} />
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
