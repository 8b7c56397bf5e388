import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RecordedData, ScoRecord } from '../../../shared/lmsTest/lmsRecord';

/** "15 objectives: 13 not attempted, 2 incomplete": dozens of ids say less than their statuses counted. */
function objectiveSummary(objectives: RecordedData['objectives'], t: TFunction): string {
  const byStatus = new Map<string, number>();
  for (const objective of objectives) byStatus.set(objective.status, (byStatus.get(objective.status) ?? 0) + 1);
  const parts = [...byStatus].map(([status, count]) => `${count} ${status}`).join(', ');
  return t('lmsTest:objectiveSummary', { count: objectives.length, statuses: parts });
}

/** What the LMS records for the SCO on screen: statuses, score, suspend_data against the limit, commits, interactions, objectives, errors. */
export function LmsRecordPanel({ record, version, limit }: { record: ScoRecord; version: '1.2' | '2004'; limit: number }) {
  const { t, i18n } = useTranslation();
  const bytes = (count: number) => new Intl.NumberFormat(i18n.language).format(count);
  const data = record.data;
  const none = t('lmsTest:noValue');
  const initializeError = record.initialized === false ? record.errors.findLast((error) => error.call === 'Initialize') : undefined;
  const sessionLabel = record.resumed ? 'lmsTest:sessionResumed' : record.sharedApi ? 'lmsTest:sessionReusedApi' : 'lmsTest:session';
  const largest = Math.max(0, ...record.commits.map((commit) => commit.bytes));
  return (
    <div className="lms-record" data-testid="lms-record">
      <h3 className="lms-record__sco">{record.sco.title}</h3>
      <p className="lms-record__session">{record.sessions === 0 ? t('lmsTest:notLaunched') : t(sessionLabel, { count: record.sessions })}</p>
      {initializeError && (
        <p className="lms-record__failure" data-testid="lms-initialize-failed">
          {t('lmsTest:initializeFailed', { code: initializeError.code })}
        </p>
      )}
      <dl className="lms-record__facts">
        <dt>{t(version === '1.2' ? 'lmsTest:lessonStatus' : 'lmsTest:completionStatus')}</dt>
        <dd data-testid="lms-status">{data?.status || none}</dd>
        {version === '2004' && (
          <>
            <dt>{t('lmsTest:successStatus')}</dt>
            <dd data-testid="lms-success">{data?.success || none}</dd>
          </>
        )}
        <dt>{t('lmsTest:score')}</dt>
        <dd data-testid="lms-score">{data?.score || none}</dd>
        <dt>{t('lmsTest:suspendData')}</dt>
        <dd data-testid="lms-suspend-data">
          {/* Past 90 % of the limit the meter turns to warning colours: the next quiz may not fit. */}
          <meter min={0} max={limit} low={limit * 0.5} high={limit * 0.9} optimum={0} value={data?.suspendDataLength ?? 0} aria-label={t('lmsTest:suspendData')} />
          <span>{t('lmsTest:suspendDataValue', { length: data?.suspendDataLength ?? 0, limit })}</span>
          {record.maxSuspendData > limit && <span className="lms-record__over">{t('lmsTest:suspendDataOver', { limit })}</span>}
          {record.maxSuspendData > (data?.suspendDataLength ?? 0) && <span className="lms-record__aside">{t('lmsTest:suspendDataMax', { length: record.maxSuspendData })}</span>}
        </dd>
        <dt>{t('lmsTest:commits')}</dt>
        <dd data-testid="lms-commits">
          <span>{t('lmsTest:commitCount', { count: record.commits.length })}</span>
          {record.commits.length > 0 && (
            <>
              <span className="lms-record__aside">{t('lmsTest:largestCommit', { bytes: bytes(largest) })}</span>
              <details className="lms-record__details">
                <summary>{t('lmsTest:commitSizes')}</summary>
                <ol className="lms-record__commits">
                  {record.commits.map((commit, index) => (
                    <li key={index} className={commit.ok ? undefined : 'is-refused'}>
                      {t(commit.ok ? 'lmsTest:commitSize' : 'lmsTest:commitRefused', { bytes: bytes(commit.bytes) })}
                    </li>
                  ))}
                </ol>
              </details>
            </>
          )}
        </dd>
      </dl>
      <h4>
        {t('lmsTest:interactions')} <span className="lms-record__count">({t('lmsTest:interactionCount', { count: data?.interactions.length ?? 0 })})</span>
      </h4>
      {data && data.interactions.length > 0 ? (
        <ol className="lms-record__interactions" data-testid="lms-interactions">
          {data.interactions.map((interaction, index) => (
            <li key={index}>
              <span className="lms-record__interaction">
                {interaction.type} · <strong>{interaction.result}</strong>
                {interaction.response && <> · {t('lmsTest:interactionResponse')} {interaction.response}</>}
              </span>
              <code className="lms-record__id">{interaction.id}</code>
            </li>
          ))}
        </ol>
      ) : (
        <p className="lms-record__empty">{t('lmsTest:noInteractions')}</p>
      )}
      <h4>{t('lmsTest:objectives')}</h4>
      {data && data.objectives.length > 0 ? (
        <details className="lms-record__details">
          <summary>{objectiveSummary(data.objectives, t)}</summary>
          <ul className="lms-record__list">
            {data.objectives.map((objective, index) => (
              <li key={index}>
                {objective.status} <code className="lms-record__id">{objective.id}</code>
              </li>
            ))}
          </ul>
        </details>
      ) : (
        <p className="lms-record__empty">{t('lmsTest:noObjectives')}</p>
      )}
      <h4>{t('lmsTest:errors')}</h4>
      {record.errors.length > 0 ? (
        <ul className="lms-record__list lms-record__errors" data-testid="lms-errors">
          {record.errors.map((error, index) => (
            <li key={index}>
              {t(error.element ? 'lmsTest:errorLineElement' : 'lmsTest:errorLine', { call: error.call, element: error.element, code: error.code, text: error.text })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="lms-record__empty">{t('lmsTest:noErrors')}</p>
      )}
    </div>
  );
}
