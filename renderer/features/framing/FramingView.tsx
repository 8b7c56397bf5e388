import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { lmsPresetOf, LMS_PRESETS } from '../../../shared/export/lmsPresets';
import { formatDuration } from '../../i18n/formatDuration';
import { useAppStore } from '../../state/useAppStore';
import { FramingField } from './FramingField';
import { ScormVersionField } from './ScormVersionField';
import { StartDateField } from './StartDateField';
import { ThemeFields } from './ThemeFields';
import './framing.css';

/** The LMSs the export has a preset for; any other name can be typed (the "other" preset). */
const KNOWN_LMS = LMS_PRESETS.map((preset) => preset.name).filter(Boolean);
/** A SPOC works between these group sizes: enough for interaction, few enough for individual follow-up. */
const COHORT_RANGE = { min: 10, max: 50 };

function FramingSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card framing__section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className="framing__grid">{children}</div>
    </section>
  );
}

/** The framing of the course: client and audience, constraints, delivery, competencies. Every field saves itself. */
export function FramingView() {
  const { t } = useTranslation();
  const course = useAppStore((state) => state.outline?.course);
  if (!course) return null;
  const learnersOutside = course.learnerCount > 0 && (course.learnerCount < COHORT_RANGE.min || course.learnerCount > COHORT_RANGE.max);
  const totalMinutes = course.weeklyBudgetMinutes * course.durationWeeks;
  const preset = lmsPresetOf(course.targetLms);
  const targetLmsHint = preset.id === 'other' ? t('framing:targetLmsOther', { names: KNOWN_LMS.join(', ') }) : t('framing:targetLmsPreset', { lms: preset.name });
  return (
    <div className="framing">
      <header className="framing__header">
        <h1>{t('framing:heading')}</h1>
        <p className="framing__intro">{t('framing:intro')}</p>
      </header>
      <FramingSection id="framing-who" title={t('framing:sectionWho')}>
        <FramingField field="client" />
        <FramingField field="title" />
        <FramingField field="businessProblem" hint={t('framing:businessProblemHint')} />
        <FramingField field="audience" />
        <FramingField field="audienceLevel" hint={t('framing:audienceLevelHint')} />
        <FramingField
          field="learnerCount"
          hint={learnersOutside ? t('framing:learnerCountAdvice', COHORT_RANGE) : t('framing:learnerCountHint', COHORT_RANGE)}
        />
      </FramingSection>
      <FramingSection id="framing-constraints" title={t('framing:sectionConstraints')}>
        <FramingField
          field="weeklyBudgetMinutes"
          hint={t('framing:weeklyBudgetHint', { duration: formatDuration(course.weeklyBudgetMinutes, t) })}
        />
        <FramingField
          field="tutorMinutesPerWeek"
          hint={course.tutorMinutesPerWeek > 0 ? t('framing:tutorMinutesHint', { duration: formatDuration(course.tutorMinutesPerWeek, t) }) : t('framing:tutorMinutesNone')}
        />
        <FramingField field="durationWeeks" hint={t('framing:totalWorkload', { duration: formatDuration(totalMinutes, t) })} />
        <StartDateField />
      </FramingSection>
      <FramingSection id="framing-delivery" title={t('framing:sectionDelivery')}>
        <FramingField field="targetLms" suggestions={KNOWN_LMS} hint={targetLmsHint} />
        <ScormVersionField />
      </FramingSection>
      <FramingSection id="framing-theme" title={t('framing:sectionTheme')}>
        <ThemeFields />
      </FramingSection>
      <FramingSection id="framing-competencies" title={t('framing:sectionCompetencies')}>
        <FramingField field="competencies" hint={t('framing:competenciesHint')} />
      </FramingSection>
    </div>
  );
}
