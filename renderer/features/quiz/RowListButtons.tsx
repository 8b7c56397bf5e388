import { Icon } from '../../ui/Icon';

/** The most answers, pairs or steps a question may hold (the model's own limit). */
export const MAX_QUESTION_ROWS = 50;

/** The × that removes one answer, pair or step; its label names which. */
export function RemoveRowButton({ label, onRemove }: { label: string; onRemove(): void }) {
  return (
    <button type="button" className="icon-button" aria-label={label} title={label} onClick={onRemove}>
      <Icon name="close" size={16} />
    </button>
  );
}

/** Adds an answer, pair or step under the list, until the list is full. */
export function AddRowButton({ label, rowCount, onAdd }: { label: string; rowCount: number; onAdd(): void }) {
  return (
    <button type="button" className="button button--small button--ghost" disabled={rowCount >= MAX_QUESTION_ROWS} onClick={onAdd}>
      <Icon name="plus" size={14} />
      {label}
    </button>
  );
}
