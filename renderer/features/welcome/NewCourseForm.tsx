import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COURSE_TEMPLATES } from '../../../shared/api/courseTemplates';
import type { CourseTemplate } from '../../../shared/api/projectCalls';
import type { Language } from '../../../shared/model/course';
import { COURSE_LANGUAGES } from '../../../shared/model/courseLanguages';
import { useAppStore } from '../../state/useAppStore';

/** Title, course language and a starting structure; the backend creates and opens the project. */
export function NewCourseForm() {
  const { t, i18n } = useTranslation();
  const createProject = useAppStore((state) => state.createProject);
  const [title, setTitle] = useState('');
  const [client, setClient] = useState('');
  const [language, setLanguage] = useState<Language>(i18n.language === 'en' ? 'en' : 'fr');
  const [template, setTemplate] = useState<CourseTemplate>('four-weekly-modules');
  const [showTitleError, setShowTitleError] = useState(false);
  const [busy, setBusy] = useState(false);
  const ids = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setShowTitleError(true);
      return;
    }
    setBusy(true);
    await createProject({ title: title.trim(), client: client.trim(), language, template });
    setBusy(false);
  };

  return (
    <form className="card welcome__card new-course" aria-labelledby={`${ids}-heading`} onSubmit={(event) => void submit(event)} noValidate>
      <h2 id={`${ids}-heading`}>{t('welcome:new.title')}</h2>
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-title`}>
          {t('welcome:new.courseTitle')}
        </label>
        <input
          id={`${ids}-title`}
          className="input"
          value={title}
          maxLength={500}
          placeholder={t('welcome:new.courseTitlePlaceholder')}
          aria-invalid={showTitleError && !title.trim()}
          aria-describedby={showTitleError && !title.trim() ? `${ids}-title-error` : undefined}
          onChange={(event) => setTitle(event.target.value)}
        />
        {showTitleError && !title.trim() && (
          <p id={`${ids}-title-error`} className="field__error">
            {t('welcome:new.titleRequired')}
          </p>
        )}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-client`}>
          {t('welcome:new.client')}
        </label>
        <input
          id={`${ids}-client`}
          className="input"
          value={client}
          maxLength={500}
          placeholder={t('welcome:new.clientPlaceholder')}
          onChange={(event) => setClient(event.target.value)}
        />
      </div>
      <fieldset className="field new-course__fieldset">
        <legend className="field__label">{t('welcome:new.language')}</legend>
        <div className="segmented">
          {COURSE_LANGUAGES.map((option) => (
            <label key={option} className="segmented__option segmented__radio">
              <input
                type="radio"
                className="visually-hidden"
                name={`${ids}-language`}
                value={option}
                checked={language === option}
                onChange={() => setLanguage(option)}
              />
              {t(`app:language.${option}Name`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="field new-course__fieldset">
        <legend className="field__label">{t('welcome:new.template')}</legend>
        <div className="template-choices">
          {COURSE_TEMPLATES.map((option) => (
            <label key={option} className="template-choice">
              <input type="radio" name={`${ids}-template`} value={option} checked={template === option} onChange={() => setTemplate(option)} />
              <span className="template-choice__text">
                <span className="template-choice__name">{t(`welcome:template.${option}`)}</span>
                <span className="template-choice__hint">{t(`welcome:template.${option}.hint`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="new-course__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('welcome:new.create')}
        </button>
      </div>
    </form>
  );
}
