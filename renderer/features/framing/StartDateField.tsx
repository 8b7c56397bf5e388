import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/useAppStore';
import { DateField } from '../../ui/DateField';

/** The course's start date, typed in the app language's format; saved when the user leaves the field, emptied for none. */
export function StartDateField() {
  const { t } = useTranslation();
  const startDate = useAppStore((state) => state.outline?.course.startDate);
  const updateCourse = useAppStore((state) => state.updateCourse);
  const id = useId();
  if (startDate === undefined) return null;
  return (
    <div className="field framing-field" data-testid="framing-startDate">
      <label className="field__label" htmlFor={id}>
        {t('framing:startDate')}
      </label>
      <DateField id={id} value={startDate} describedBy={`${id}-hint`} onCommit={(date) => void updateCourse({ startDate: date })} />
      <p className="field__hint" id={`${id}-hint`}>
        {t('framing:startDateHint')}
      </p>
    </div>
  );
}
