import type { TFunction } from 'i18next';
import type { PlayerQuestion } from '../../../shared/export/playerData';
import { parseCloze } from '../../../shared/quiz/parseCloze';
import type { PreviewEntry } from './previewAnswer';

interface PreviewAnswerControlsProps {
  /** The player's strings in the course's language. */
  t: TFunction;
  question: PlayerQuestion;
  entry: PreviewEntry;
  /** Order in which the right sides of a matching are offered. */
  rightOrder: number[];
  locked: boolean;
  idPrefix: string;
  onChange(entry: PreviewEntry): void;
}

/** The learner's controls for each question type, labelled with the player's own strings. */
export function PreviewAnswerControls({ t, question, entry, rightOrder, locked, idPrefix, onChange }: PreviewAnswerControlsProps) {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice': {
      const multiple = question.type === 'multiple-choice';
      return (
        <>
          {question.options.map((option, index) => (
            <div key={option.id} className={`preview__option${entry.chosen.includes(index) ? ' preview__option--chosen' : ''}`}>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                id={`${idPrefix}-${index}`}
                name={idPrefix}
                disabled={locked}
                checked={entry.chosen.includes(index)}
                onChange={(event) =>
                  onChange({
                    ...entry,
                    chosen: multiple ? (event.target.checked ? [...entry.chosen, index] : entry.chosen.filter((at) => at !== index)) : [index],
                  })
                }
              />
              <label htmlFor={`${idPrefix}-${index}`}>{option.text}</label>
            </div>
          ))}
        </>
      );
    }
    case 'true-false':
      return (
        <>
          {[true, false].map((value) => (
            <div key={String(value)} className={`preview__option${entry.truth === value ? ' preview__option--chosen' : ''}`}>
              <input type="radio" id={`${idPrefix}-${value}`} name={idPrefix} disabled={locked} checked={entry.truth === value} onChange={() => onChange({ ...entry, truth: value })} />
              <label htmlFor={`${idPrefix}-${value}`}>{t(value ? 'trueLabel' : 'falseLabel')}</label>
            </div>
          ))}
        </>
      );
    case 'fill-in':
    case 'numeric':
      return (
        <div className="field">
          <label className="field__label" htmlFor={`${idPrefix}-text`}>
            {t('yourAnswer')}
          </label>
          <input
            id={`${idPrefix}-text`}
            className="input"
            autoComplete="off"
            spellCheck={false}
            inputMode={question.type === 'numeric' ? 'decimal' : undefined}
            disabled={locked}
            value={entry.text}
            onChange={(event) => onChange({ ...entry, text: event.target.value })}
          />
        </div>
      );
    case 'cloze':
      return (
        <p className="preview__cloze">
          {parseCloze(question.text).parts.map((part, index) =>
            'text' in part ? (
              <span key={index}>{part.text}</span>
            ) : (
              <input
                key={index}
                className="input preview__blank"
                aria-label={t('blankLabel', { number: part.blank + 1, total: entry.blanks.length })}
                autoComplete="off"
                spellCheck={false}
                disabled={locked}
                value={entry.blanks[part.blank] ?? ''}
                onChange={(event) => onChange({ ...entry, blanks: entry.blanks.map((text, at) => (at === part.blank ? event.target.value : text)) })}
              />
            ),
          )}
        </p>
      );
    case 'matching':
      return (
        <>
          {question.pairs.map((pair, left) => (
            <div key={pair.id} className="preview__match">
              <label htmlFor={`${idPrefix}-${left}`}>{pair.left}</label>
              <select
                id={`${idPrefix}-${left}`}
                className="select"
                disabled={locked}
                value={entry.matches[left] ?? ''}
                onChange={(event) => onChange({ ...entry, matches: entry.matches.map((match, at) => (at === left ? (event.target.value === '' ? null : Number(event.target.value)) : match)) })}
              >
                <option value="">{t('chooseMatch')}</option>
                {rightOrder.map((right) => (
                  <option key={right} value={right}>
                    {question.pairs[right]?.right}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </>
      );
    case 'ordering': {
      const move = (position: number, delta: -1 | 1) => {
        const order = [...entry.order];
        const target = position + delta;
        [order[position], order[target]] = [order[target] as number, order[position] as number];
        onChange({ ...entry, order });
      };
      return (
        <ol className="preview__order">
          {entry.order.map((item, position) => {
            const text = question.items[item]?.text ?? '';
            return (
              <li key={item}>
                <span>{text}</span>
                <span className="preview__moves">
                  <button type="button" className="icon-button" aria-label={t('moveUp', { item: text })} disabled={locked || position === 0} onClick={() => move(position, -1)}>
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button type="button" className="icon-button" aria-label={t('moveDown', { item: text })} disabled={locked || position === entry.order.length - 1} onClick={() => move(position, 1)}>
                    <span aria-hidden="true">↓</span>
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      );
    }
  }
}
