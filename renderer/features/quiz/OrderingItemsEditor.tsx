import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionDraft } from '../../../shared/authoring/newQuestionDraft';
import { newId } from '../../../shared/model/ids';
import { AddRowButton, RemoveRowButton } from './RowListButtons';
import type { QuestionDraftEditing } from './useQuestionDraft';

type OrderingDraft = Extract<QuestionDraft, { type: 'ordering' }>;

function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}

/** The steps in their right order (the player shuffles them), with buttons to reorder them. */
export function OrderingItemsEditor({ editing }: { editing: QuestionDraftEditing<OrderingDraft> }) {
  const { t } = useTranslation();
  const { draft, change, commit } = editing;
  const id = useId();
  return (
    <div className="answers">
      <p className="field__hint">{t('quiz:itemsHint')}</p>
      <ol className="answers__list">
        {draft.items.map((item, index) => {
          const n = index + 1;
          return (
            <li key={item.id} className="answer-row">
              <span className="answer-row__rank" aria-hidden="true">
                {n}
              </span>
              <label className="visually-hidden" htmlFor={`${id}-item-${index}`}>
                {t('quiz:item', { n })}
              </label>
              <input
                id={`${id}-item-${index}`}
                className="input"
                value={item.text}
                aria-invalid={item.text.trim() === '' || undefined}
                onChange={(event) => change({ ...draft, items: draft.items.map((other, at) => (at === index ? { ...other, text: event.target.value } : other)) })}
                onBlur={() => commit()}
              />
              <button type="button" className="icon-button" aria-label={`${t('quiz:moveUp')} (${t('quiz:item', { n })})`} disabled={index === 0} onClick={() => commit({ ...draft, items: moved(draft.items, index, index - 1) })}>
                <span aria-hidden="true">↑</span>
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`${t('quiz:moveDown')} (${t('quiz:item', { n })})`}
                disabled={index === draft.items.length - 1}
                onClick={() => commit({ ...draft, items: moved(draft.items, index, index + 1) })}
              >
                <span aria-hidden="true">↓</span>
              </button>
              <RemoveRowButton label={t('quiz:removeItem', { n })} onRemove={() => commit({ ...draft, items: draft.items.filter((_, at) => at !== index) })} />
            </li>
          );
        })}
      </ol>
      <AddRowButton
        label={t('quiz:addItem')}
        rowCount={draft.items.length}
        onAdd={() => commit({ ...draft, items: [...draft.items, { id: newId(), text: t('quiz:draft.option', { n: draft.items.length + 1 }) }] })}
      />
    </div>
  );
}
