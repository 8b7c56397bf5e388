import { useState } from 'react';

interface CommittedTextFieldProps {
  id: string;
  value: string;
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  maxLength?: number;
  /** True when an empty value would be refused (it then reverts instead of saving). */
  required?: boolean;
  placeholder?: string;
  invalid?: boolean;
  describedBy?: string;
  /** Called with the new text when the user leaves the field (or presses Enter in a one-line field). */
  onCommit(value: string): void;
}

/** A text field that saves once the user is done typing; Escape brings back the saved text. */
export function CommittedTextField({ id, value, rows, maxLength, required, placeholder, invalid, describedBy, onCommit }: CommittedTextFieldProps) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const commit = () => {
    if (required && draft.trim() === '') setDraft(value);
    else if (draft !== value) onCommit(draft);
  };
  const common = {
    id,
    className: 'input',
    value: draft,
    maxLength,
    placeholder,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
    onBlur: commit,
  };
  if (rows !== undefined) {
    return (
      <textarea
        {...common}
        rows={rows}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && setDraft(value)}
      />
    );
  }
  return (
    <input
      {...common}
      type="text"
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') setDraft(value);
      }}
    />
  );
}
