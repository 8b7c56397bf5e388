import { useTranslation } from 'react-i18next';
import type { ExportNotice } from '../../../shared/export/exportNotice';
import { Icon, type IconName } from '../../ui/Icon';

const GROUPS = [
  { severity: 'error', title: 'export:errorsTitle', icon: 'alert' },
  { severity: 'warning', title: 'export:warningsTitle', icon: 'alert' },
  { severity: 'info', title: 'export:adviceTitle', icon: 'check' },
] as const satisfies ReadonlyArray<{ severity: ExportNotice['severity']; title: string; icon: IconName }>;

/** What checkScormExport found, errors first: errors block the export, the rest is advice. */
export function ExportNoticeList({ notices, targetLms }: { notices: ExportNotice[]; targetLms: string }) {
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
                <li key={`${notice.key}-${index}`}>{t(`export:${notice.key}`, { ...notice.params, defaultValue: notice.message })}</li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
