import { useId } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  multiline?: boolean;
  /** Shown under the field and linked to it; marks the field invalid. */
  warning?: string;
  testId?: string;
}

/** A labelled text attribute of a block (alt text, caption, transcript…), saved as it is typed. */
export function TextField({ label, value, onChange, multiline, warning, testId }: TextFieldProps) {
  const fieldId = useId();
  const common = {
    id: fieldId,
    className: 'input',
    value,
    'aria-invalid': warning ? true : undefined,
    'aria-describedby': warning ? `${fieldId}-warning` : undefined,
    'data-testid': testId,
  };
  return (
    <div className="field block__field">
      <label className="field__label" htmlFor={fieldId}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(event) => onChange(event.target.value)} />
      )}
      {warning && (
        <p className="block__warning" id={`${fieldId}-warning`} data-testid={testId ? `${testId}-warning` : undefined}>
          {warning}
        </p>
      )}
    </div>
  );
}
