import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkObjectiveWording } from '../../../shared/authoring/checkObjectiveWording';
import type { BloomLevel, Language } from '../../../shared/model/course';
import { useAppStore } from '../../state/useAppStore';
import { BloomLevelSelect } from './BloomLevelSelect';
import { ObjectiveWordingNotice, wordingNoticeIssues } from './ObjectiveWordingNotice';
import { VerbSuggestions } from './VerbSuggestions';
import { withLeadingVerb } from './withLeadingVerb';

interface AddObjectiveFormProps {
  moduleId: string | null;
  language: Language;
  onDone(): void;
}

/** A new objective: its text with verb suggestions for the chosen Bloom level, and live wording advice. */
export function AddObjectiveForm({ moduleId, language, onDone }: AddObjectiveFormProps) {
  const { t } = useTranslation();
  const addObjective = useAppStore((state) => state.addObjective);
  const [text, setText] = useState('');
  const [level, setLevel] = useState<BloomLevel | null>(null);
  const id = useId();
  const wording = checkObjectiveWording(text, language);
  const shownLevel = level ?? wording.bloomLevel ?? 'apply';
  const showWording = text.trim().split(/\s+/).length > 1 || text.endsWith(' ');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const entered = text.trim();
    if (!entered) return;
    // Emptied at once, not when the save returns: what is typed meanwhile is the next objective.
    setText('');
    setLevel(null);
    const added = await addObjective(moduleId, entered, level ?? wording.bloomLevel);
    if (!added) setText((typed) => typed || entered);
  };

  return (
    <form
      className="card add-objective"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => event.key === 'Escape' && onDone()}
    >
      <div className="add-objective__row">
        <div className="field add-objective__text">
          <label className="field__label" htmlFor={`${id}-text`}>
            {t('objectives:newText')}
          </label>
          <input
            id={`${id}-text`}
            className="input"
            autoFocus
            maxLength={2_000}
            placeholder={t('objectives:newTextPlaceholder')}
            value={text}
            aria-describedby={showWording && wordingNoticeIssues(wording).length > 0 ? `${id}-wording` : undefined}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="field add-objective__level">
          <label className="field__label" htmlFor={`${id}-level`}>
            {t('objectives:level')}
          </label>
          <BloomLevelSelect id={`${id}-level`} value={level} onChange={setLevel} />
        </div>
      </div>
      <VerbSuggestions level={shownLevel} language={language} onPick={(verb) => setText(withLeadingVerb(text, verb, wording.verb))} />
      {showWording && <ObjectiveWordingNotice id={`${id}-wording`} wording={wording} level={shownLevel} language={language} />}
      <div className="add-form__actions">
        <button type="button" className="button button--ghost" onClick={onDone}>
          {t('objectives:close')}
        </button>
        <button type="submit" className="button button--primary" disabled={!text.trim()}>
          {t('objectives:add')}
        </button>
      </div>
    </form>
  );
}
