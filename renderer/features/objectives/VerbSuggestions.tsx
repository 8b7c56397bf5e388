import { useTranslation } from 'react-i18next';
import { suggestVerbs } from '../../../shared/authoring/bloomVerbs';
import type { BloomLevel, Language } from '../../../shared/model/course';

interface VerbSuggestionsProps {
  level: BloomLevel;
  language: Language;
  onPick(verb: string): void;
}

/** Measurable verbs of a Bloom level, one click to start the objective with one. */
export function VerbSuggestions({ level, language, onPick }: VerbSuggestionsProps) {
  const { t } = useTranslation();
  return (
    <div className="verb-suggestions" role="group" aria-label={`${t('objectives:suggestions')} · ${t(`objectives:level.${level}`)}`}>
      <span className="verb-suggestions__label" aria-hidden="true">
        {t('objectives:suggestions')}
      </span>
      {suggestVerbs(level, language, 8).map((verb) => (
        <button key={verb} type="button" className="chip" aria-label={t('objectives:useVerb', { verb })} onClick={() => onPick(verb)}>
          {verb}
        </button>
      ))}
    </div>
  );
}
