import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/course';
import { useAppStore } from '../../state/useAppStore';
import { DateField } from '../../ui/DateField';

/** Starts the next round: name, deadline, scope, answers shown or not, language of the pack. */
export function StartRoundForm({ number }: { number: number }) {
  const { t } = useTranslation();
  const id = useId();
  const outline = useAppStore((state) => state.outline);
  const startReviewRound = useAppStore((state) => state.startReviewRound);
  const [name, setName] = useState('');
  const [deadline, setDeadline] = useState<string | null>(null);
  const [wholeCourse, setWholeCourse] = useState(true);
  const [chosen, setChosen] = useState<string[]>([]);
  const [showAnswers, setShowAnswers] = useState(true);
  const [language, setLanguage] = useState<Language | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const courseLanguage = outline?.course.language ?? 'fr';
  const modules = outline?.modules ?? [];

  return (
    <form
      className="card review-start"
      aria-labelledby={`${id}-title`}
      onSubmit={async (event) => {
        event.preventDefault();
        if (!wholeCourse && chosen.length === 0) {
          setMessage(t('review:scopeEmpty'));
          return;
        }
        const started = await startReviewRound({
          name: name.trim() || t('review:roundNameDefault', { number }),
          deadline,
          moduleIds: wholeCourse ? null : modules.map((module) => module.id).filter((moduleId) => chosen.includes(moduleId)),
          showAnswers,
          language: language ?? courseLanguage,
        });
        if (started) {
          setMessage(t('review:started', { number }));
          setName('');
        }
      }}
    >
      <h3 id={`${id}-title`}>{t('review:startTitle', { number })}</h3>
      <p className="field__hint">{t('review:startHint')}</p>
      <div className="review-start__fields">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-name`}>
            {t('review:roundName')}
          </label>
          <input id={`${id}-name`} className="input" value={name} maxLength={200} placeholder={t('review:roundNameDefault', { number })} onChange={(event) => setName(event.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-deadline`}>
            {t('review:deadline')}
          </label>
          <DateField id={`${id}-deadline`} value={deadline} onCommit={setDeadline} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-language`}>
            {t('review:packLanguage')}
          </label>
          <select id={`${id}-language`} className="select" value={language ?? courseLanguage} onChange={(event) => setLanguage(event.target.value as Language)}>
            <option value="fr">{t('review:languageFr')}</option>
            <option value="en">{t('review:languageEn')}</option>
          </select>
        </div>
      </div>
      <fieldset className="review-start__scope">
        <legend className="field__label">{t('review:scope')}</legend>
        <label className="checkbox">
          <input type="radio" name={`${id}-scope`} checked={wholeCourse} onChange={() => setWholeCourse(true)} />
          {t('review:scopeAll')}
        </label>
        <label className="checkbox">
          <input type="radio" name={`${id}-scope`} checked={!wholeCourse} onChange={() => setWholeCourse(false)} />
          {t('review:scopeChosen')}
        </label>
        {!wholeCourse && (
          <ul className="review-start__modules">
            {modules.map((module, index) => (
              <li key={module.id}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={chosen.includes(module.id)}
                    onChange={(event) => setChosen((current) => (event.target.checked ? [...current, module.id] : current.filter((candidate) => candidate !== module.id)))}
                  />
                  {t('outline:module.label', { number: index + 1 })} · {module.title}
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={showAnswers} onChange={(event) => setShowAnswers(event.target.checked)} />
        {t('review:showAnswers')}
      </label>
      <div className="review-start__submit">
        <button type="submit" className="button button--primary">
          {t('review:start')}
        </button>
        {message && <span role="status">{message}</span>}
      </div>
    </form>
  );
}
