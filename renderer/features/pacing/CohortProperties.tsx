import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { computeCohortSchedule } from '../../../shared/pacing/computeCohortSchedule';
import { formatCalendarDate } from '../../../shared/i18n/formatDate';
import type { SelectionPanelProps } from '../../app/selectionPanels';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';
import { PropertyRow } from '../../ui/PropertyRow';

/** The selected cohort at a glance: its span, size, and how many live sessions the tutors must run for it. */
export function CohortProperties({ id }: SelectionPanelProps) {
  const { t } = useTranslation();
  const [language] = useUiLanguage();
  const courseDocument = useAppStore((state) => state.courseDocument);
  const fieldId = useId();
  const cohort = courseDocument?.cohorts.find((candidate) => candidate.id === id);
  const schedule = useMemo(() => (courseDocument && cohort ? computeCohortSchedule(courseDocument, cohort) : null), [courseDocument, cohort]);
  if (!cohort || !schedule) return null;
  return (
    <section className="props pacing-props" aria-labelledby={`${fieldId}-heading`} data-testid="cohort-properties">
      <p className="props__kind">
        <Icon name="users" size={16} />
        {t('pacing:propsCohort')}
      </p>
      <h2 className="props__title" id={`${fieldId}-heading`}>
        {cohort.name}
      </h2>
      <dl className="props__list">
        <PropertyRow name={t('pacing:cohortStart')}>{formatCalendarDate(schedule.startsOn, language, 'short')}</PropertyRow>
        <PropertyRow name={t('pacing:cohortEnd')}>{formatCalendarDate(schedule.endsOn, language, 'short')}</PropertyRow>
        <PropertyRow name={t('pacing:cohortLearners')}>{cohort.learnerCount}</PropertyRow>
        <PropertyRow name={t('pacing:cohortTimeZone')}>{cohort.timeZone}</PropertyRow>
      </dl>
      {schedule.sessions.length > 0 && (
        <>
          <h3 className="props__subheading">{t('pacing:sessionsToRun')}</h3>
          <ul className="props__sessions">
            {schedule.sessions.map((scheduled) => (
              <li key={scheduled.session.id}>
                <span className="props__session-title">{scheduled.session.title}</span>
                <span className="props__session-meta">
                  {formatCalendarDate(scheduled.date, language, 'short')} · {t('pacing:sessionSlotCount', { count: scheduled.slotCount })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
