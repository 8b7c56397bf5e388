import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { computePacingBoard } from '../../../shared/pacing/computePacingBoard';
import { formatCalendarDate } from '../../../shared/i18n/formatDate';
import type { SelectionPanelProps } from '../../app/selectionPanels';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { useAppStore } from '../../state/useAppStore';
import { CommittedTextField } from '../../ui/CommittedTextField';
import { PropertyRow } from '../../ui/PropertyRow';
import { nominalWeekDates } from './nominalWeekDates';
import { readTutorMinutes } from './readTutorMinutes';
import { WEEK_DAY_OFFSETS } from './weekDayOffsets';
import { WorkloadBar } from './WorkloadBar';

/** The selected week: theme, due day, the tutor's time and notes for tutors (each saved when left), its dates and workload. */
export function WeekPlanProperties({ id }: SelectionPanelProps) {
  const { t } = useTranslation();
  const [language] = useUiLanguage();
  const courseDocument = useAppStore((state) => state.courseDocument);
  const updateWeekPlan = useAppStore((state) => state.updateWeekPlan);
  const fieldId = useId();
  const week = useMemo(() => (courseDocument ? computePacingBoard(courseDocument).weeks.find((candidate) => String(candidate.week) === id) : undefined), [courseDocument, id]);
  if (!courseDocument || !week) return null;
  const dates = nominalWeekDates(courseDocument.course.startDate, week.week, week.plan.dueDayOffset);
  return (
    <section className="props pacing-props" aria-labelledby={`${fieldId}-heading`} data-testid="week-properties">
      <p className="props__kind">{t('pacing:propsWeek')}</p>
      <h2 className="props__title" id={`${fieldId}-heading`}>
        {t('pacing:weekHeading', { week: week.week })}
      </h2>
      <WorkloadBar week={week} />
      <div className="field">
        <label className="field__label" htmlFor={`${fieldId}-theme`}>
          {t('pacing:weekTheme')}
        </label>
        <CommittedTextField
          id={`${fieldId}-theme`}
          value={week.plan.theme}
          maxLength={500}
          placeholder={t('pacing:weekThemePlaceholder')}
          onCommit={(theme) => void updateWeekPlan(week.week, { theme })}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${fieldId}-due`}>
          {t('pacing:weekDueDay')}
        </label>
        <select
          id={`${fieldId}-due`}
          className="select"
          value={week.plan.dueDayOffset}
          onChange={(event) => void updateWeekPlan(week.week, { dueDayOffset: Number(event.target.value) })}
        >
          {WEEK_DAY_OFFSETS.map((offset) => (
            <option key={offset} value={offset}>
              {t('pacing:dueDayOption', { day: offset + 1, offset })}
            </option>
          ))}
        </select>
      </div>
      {dates && (
        <dl className="props__list">
          <PropertyRow name={t('pacing:scheduleOpens')}>{formatCalendarDate(dates.opensOn, language)}</PropertyRow>
          <PropertyRow name={t('pacing:scheduleDue')}>{formatCalendarDate(dates.dueOn, language)}</PropertyRow>
        </dl>
      )}
      <div className="field">
        <label className="field__label" htmlFor={`${fieldId}-tutor`}>
          {t('pacing:weekTutorMinutes')}
        </label>
        <CommittedTextField
          id={`${fieldId}-tutor`}
          value={week.plan.tutorMinutes === null ? '' : String(week.plan.tutorMinutes)}
          placeholder={t('pacing:weekTutorDefault', { minutes: courseDocument.course.tutorMinutesPerWeek })}
          validate={(typed) => (readTutorMinutes(typed) === undefined ? t('pacing:weekTutorInvalid') : null)}
          onCommit={(typed) => void updateWeekPlan(week.week, { tutorMinutes: readTutorMinutes(typed) ?? null })}
        />
        <p className="field__hint">{t('pacing:weekTutorHint')}</p>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${fieldId}-notes`}>
          {t('pacing:tutorNotes')}
        </label>
        <CommittedTextField id={`${fieldId}-notes`} multiline value={week.plan.tutorNotes} maxLength={100_000} onCommit={(tutorNotes) => void updateWeekPlan(week.week, { tutorNotes })} />
      </div>
    </section>
  );
}
