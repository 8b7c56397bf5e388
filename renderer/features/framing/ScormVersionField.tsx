import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ScormVersionSchema, type ScormVersion } from '../../../shared/model/course';
import { useAppStore } from '../../state/useAppStore';

/** The SCORM version the client's LMS accepts; saved as soon as it is picked. */
export function ScormVersionField() {
  const { t } = useTranslation();
  const version = useAppStore((state) => state.outline?.course.scormVersion);
  const updateCourse = useAppStore((state) => state.updateCourse);
  const id = useId();
  if (!version) return null;
  return (
    <div className="field framing-field" data-testid="framing-scormVersion">
      <label className="field__label" htmlFor={id}>
        {t('framing:scormVersion')}
      </label>
      <select
        id={id}
        className="select"
        value={version}
        aria-describedby={`${id}-hint`}
        onChange={(event) => void updateCourse({ scormVersion: event.target.value as ScormVersion })}
      >
        {ScormVersionSchema.options.map((option) => (
          <option key={option} value={option}>
            {t(`framing:scorm.${option}`)}
          </option>
        ))}
      </select>
      <p className="field__hint" id={`${id}-hint`}>
        {t('framing:scormHint')}
      </p>
    </div>
  );
}
