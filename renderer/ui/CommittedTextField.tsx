import { useState } from 'react';
import { useFieldDraft } from './useFieldDraft';

interface CommittedTextFieldProps {
  id: string;
  value: string;
  /** A textarea for text over several lines (Enter then adds a line instead of committing). */
  multiline?: boolean;
  maxLength?: number;
  placeholder?: string;
  /** An empty entry reverts instead of being saved. */
  required?: boolean;
  /** Refuses an entry with a message shown under the field (it is then not saved). */
  validate?(value: string): string | null;
  /** Called with the new text when the user presses Enter (single line) or leaves the field, and only if it changed. */
  onCommit(value: string): void;
}

/** A text field that saves only once the user is done typing; Escape puts the saved value back. */
export function CommittedTextField({ id, value, multiline = false, maxLength, placeholder, required = false, validate, onCommit }: CommittedTextFieldProps) {
  const { draft, setDraft, markSent, replaced } = useFieldDraft(value);
  const [problem, setProblem] = useState<string | null>(null);
  if (replaced && problem !== null) setProblem(null);
  const revert = () => {
    setDraft(value);
    setProblem(null);
  };
  const commit = () => {
    const entered = multiline ? draft : draft.trim();
    if (entered === value || (required && entered.trim() === '')) return revert();
    const refusal = validate?.(entered) ?? null;
    setProblem(refusal);
    if (refusal !== null) return;
    markSent(draft);
    onCommit(entered);
  };
  const common = {
    id,
    value: draft,
    maxLength,
    placeholder,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? `${id}-problem` : undefined,
    onBlur: commit,
  };
  return (
    <>
      {multiline ? (
        <textarea
          {...common}
          className="input input--multiline"
          rows={4}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => event.key === 'Escape' && revert()}
        />
      ) : (
        <input
          {...common}
          className="input"
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
            if (event.key === 'Escape') revert();
          }}
        />
      )}
      {problem && (
        <p className="field__error" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
