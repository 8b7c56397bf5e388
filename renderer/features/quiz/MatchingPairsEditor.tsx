import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionDraft } from '../../../shared/authoring/newQuestionDraft';
import { newId } from '../../../shared/model/ids';
import { AddRowButton, RemoveRowButton } from './RowListButtons';
import type { QuestionDraftEditing } from './useQuestionDraft';

type MatchingDraft = Extract<QuestionDraft, { type: 'matching' }>;

/** The pairs to match: each left item with its right match (the player shuffles the right side). */
export function MatchingPairsEditor({ editing }: { editing: QuestionDraftEditing<MatchingDraft> }) {
  const { t } = useTranslation();
  const { draft, change, commit } = editing;
  const id = useId();
  const withPair = (index: number, patch: Partial<MatchingDraft['pairs'][number]>): MatchingDraft => ({
    ...draft,
    pairs: draft.pairs.map((pair, at) => (at === index ? { ...pair, ...patch } : pair)),
  });
  return (
    <div className="answers">
      <ol className="answers__list">
        {draft.pairs.map((pair, index) => {
          const n = index + 1;
          return (
            <li key={pair.id} className="answer-row answer-row--pair">
              <label className="visually-hidden" htmlFor={`${id}-left-${index}`}>
                {t('quiz:pairLeft', { n })}
              </label>
              <input
                id={`${id}-left-${index}`}
                className="input"
                value={pair.left}
                placeholder={t('quiz:pairLeft', { n })}
                aria-invalid={pair.left.trim() === '' || undefined}
                onChange={(event) => change(withPair(index, { left: event.target.value }))}
                onBlur={() => commit()}
              />
              <span className="answer-row__arrow" aria-hidden="true">
                ↔
              </span>
              <label className="visually-hidden" htmlFor={`${id}-right-${index}`}>
                {t('quiz:pairRight', { n })}
              </label>
              <input
                id={`${id}-right-${index}`}
                className="input"
                value={pair.right}
                placeholder={t('quiz:pairRight', { n })}
                aria-invalid={pair.right.trim() === '' || undefined}
                onChange={(event) => change(withPair(index, { right: event.target.value }))}
                onBlur={() => commit()}
              />
              <RemoveRowButton label={t('quiz:removePair', { n })} onRemove={() => commit({ ...draft, pairs: draft.pairs.filter((_, at) => at !== index) })} />
            </li>
          );
        })}
      </ol>
      <AddRowButton
        label={t('quiz:addPair')}
        rowCount={draft.pairs.length}
        onAdd={() => {
          const n = draft.pairs.length + 1;
          commit({ ...draft, pairs: [...draft.pairs, { id: newId(), left: t('quiz:draft.left', { n }), right: t('quiz:draft.right', { n }) }] });
        }}
      />
    </div>
  );
}
