import { useTranslation } from 'react-i18next';
import type { ScoRecord } from '../../../shared/lmsTest/lmsRecord';

/** Every SCO of a multi-SCO test at a glance: what the LMS holds for each, and which one failed to start. */
export function LmsOverview({ scos, openKey }: { scos: ScoRecord[]; openKey: string | null }) {
  const { t } = useTranslation();
  const none = t('lmsTest:noValue');
  return (
    <table className="lms-overview" data-testid="lms-overview">
      <caption>{t('lmsTest:overview')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('lmsTest:scoMenu')}</th>
          <th scope="col">{t('lmsTest:status')}</th>
          <th scope="col">{t('lmsTest:score')}</th>
        </tr>
      </thead>
      <tbody>
        {scos.map((sco, index) => {
          const failedStart = sco.initialized === false ? sco.errors.findLast((error) => error.call === 'Initialize') : undefined;
          const status = failedStart
            ? t('lmsTest:overviewFailedStart', { code: failedStart.code })
            : [sco.data?.status, sco.data?.success].filter((part) => part && part !== 'unknown').join(', ') || none;
          return (
            <tr key={sco.sco.key} className={sco.sco.key === openKey ? 'is-open' : undefined} aria-current={sco.sco.key === openKey ? 'true' : undefined}>
              <th scope="row">{t('lmsTest:scoOption', { index: index + 1, title: sco.sco.title })}</th>
              <td className={failedStart ? 'is-failed' : undefined}>{status}</td>
              <td>{sco.data?.score || none}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
