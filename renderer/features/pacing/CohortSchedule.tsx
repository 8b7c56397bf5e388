import { useTranslation } from 'react-i18next';
import type { CohortSchedule as Schedule } from '../../../shared/pacing/computeCohortSchedule';
import { formatCalendarDate, formatTimeInZone } from '../../../shared/i18n/formatDate';
import { LIVE_SESSION_KIND_KEY } from '../../../shared/pacing/liveSessionKindKey';
import { useUiLanguage } from '../../i18n/useUiLanguage';

/** A cohort's real dates: each week's opening, due day and end, then each live session in its time zone. */
export function CohortSchedule({ schedule }: { schedule: Schedule }) {
  const { t } = useTranslation();
  const [language] = useUiLanguage();
  const day = (isoDate: string) => formatCalendarDate(isoDate, language, 'short');
  const time = (instant: string) => formatTimeInZone(instant, schedule.cohort.timeZone, language);
  return (
    <section className="cohort-schedule" aria-labelledby="cohort-schedule-heading">
      <h2 id="cohort-schedule-heading">{t('pacing:cohortSchedule')}</h2>
      <p className="cohort-schedule__span">
        {t('pacing:scheduleSpan', { start: formatCalendarDate(schedule.startsOn, language), end: formatCalendarDate(schedule.endsOn, language) })}
      </p>
      <table className="table" data-testid="cohort-weeks">
        <thead>
          <tr>
            <th scope="col">{t('pacing:scheduleWeek')}</th>
            <th scope="col">{t('pacing:weekTheme')}</th>
            <th scope="col">{t('pacing:scheduleOpens')}</th>
            <th scope="col">{t('pacing:scheduleDue')}</th>
            <th scope="col">{t('pacing:scheduleCloses')}</th>
          </tr>
        </thead>
        <tbody>
          {schedule.weeks.map((week) => (
            <tr key={week.week}>
              <th scope="row">{t('pacing:weekHeading', { week: week.week })}</th>
              <td className="table__text">{week.theme}</td>
              <td>
                {day(week.opensOn)}
                {week.delayDays > 0 && <span className="table__note">{t('pacing:scheduleShifted')}</span>}
              </td>
              <td>{day(week.dueOn)}</td>
              <td>{day(week.closesOn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('pacing:liveSessions')}</h3>
      {schedule.sessions.length === 0 ? (
        <p className="cohort-schedule__empty">{t('pacing:noLiveSession')}</p>
      ) : (
        <table className="table" data-testid="cohort-sessions">
          <thead>
            <tr>
              <th scope="col">{t('pacing:scheduleDate')}</th>
              <th scope="col">{t('pacing:scheduleTime')}</th>
              <th scope="col">{t('pacing:sessionTitle')}</th>
              <th scope="col">{t('pacing:sessionKind')}</th>
              <th scope="col">{t('pacing:scheduleSlots')}</th>
            </tr>
          </thead>
          <tbody>
            {schedule.sessions.map((scheduled) => (
              <tr key={scheduled.session.id}>
                <td>
                  {day(scheduled.date)}
                  {scheduled.movedForHoliday && <span className="table__note">{t('pacing:scheduleShifted')}</span>}
                </td>
                <td>
                  {time(scheduled.startsAt)}–{time(scheduled.endsAt)}
                </td>
                <td className="table__text">{scheduled.session.title}</td>
                <td>{t(`pacing:${LIVE_SESSION_KIND_KEY[scheduled.session.kind]}`)}</td>
                <td>{scheduled.slotCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
