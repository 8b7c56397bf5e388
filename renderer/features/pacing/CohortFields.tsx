import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cohort } from '../../../shared/model/course';
import { dateFieldExample } from '../../../shared/i18n/readDateField';
import { isValidTimeZone } from '../../../shared/pacing/zonedTimeToUtc';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { useAppStore } from '../../state/useAppStore';
import { CommittedNumberField } from '../../ui/CommittedNumberField';
import { CommittedTextField } from '../../ui/CommittedTextField';
import { DateField } from '../../ui/DateField';
import { parseHolidays, showHolidays } from './parseHolidays';

/** A cohort's name, start, size, time zone and holidays, each saved when the user leaves the field. */
export function CohortFields({ cohort }: { cohort: Cohort }) {
  const { t } = useTranslation();
  const [language] = useUiLanguage();
  const updateCohort = useAppStore((state) => state.updateCohort);
  const fieldId = useId();
  const field = (name: string) => `${fieldId}-${name}`;
  const update = (patch: Parameters<typeof updateCohort>[1]) => void updateCohort(cohort.id, patch);

  return (
    <div className="cohort-fields">
      <div className="field">
        <label className="field__label" htmlFor={field('name')}>
          {t('pacing:cohortName')}
        </label>
        <CommittedTextField id={field('name')} value={cohort.name} required maxLength={200} onCommit={(name) => update({ name })} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={field('start')}>
          {t('pacing:cohortStart')}
        </label>
        <DateField id={field('start')} required value={cohort.startDate} onCommit={(startDate) => startDate && update({ startDate })} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={field('learners')}>
          {t('pacing:cohortLearners')}
        </label>
        <CommittedNumberField id={field('learners')} value={cohort.learnerCount} min={0} max={1_000_000} onCommit={(learnerCount) => update({ learnerCount })} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={field('zone')}>
          {t('pacing:cohortTimeZone')}
        </label>
        <CommittedTextField
          id={field('zone')}
          value={cohort.timeZone}
          required
          maxLength={64}
          validate={(zone) => (isValidTimeZone(zone) ? null : t('pacing:invalidTimeZone'))}
          onCommit={(timeZone) => update({ timeZone })} />
      </div>
      <div className="field cohort-fields__holidays">
        <label className="field__label" htmlFor={field('holidays')}>
          {t('pacing:cohortHolidays')}
        </label>
        <CommittedTextField
          id={field('holidays')}
          multiline
          value={showHolidays(cohort.holidays, language)}
          validate={(text) => {
            const parsed = parseHolidays(text, language);
            return parsed.ok ? null : t('pacing:invalidHoliday', { value: parsed.invalid, example: dateFieldExample(language) });
          }}
          onCommit={(text) => {
            const parsed = parseHolidays(text, language);
            if (parsed.ok) update({ holidays: parsed.dates });
          }}
        />
      </div>
    </div>
  );
}
