import { useId } from 'react';

interface ChoiceSelectProps {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange(value: string): void;
}

/** A compact labelled select in a block's header (callout tone, activity mode). */
export function ChoiceSelect({ label, value, options, onChange }: ChoiceSelectProps) {
  const fieldId = useId();
  return (
    <span className="block__choice">
      <label htmlFor={fieldId}>{label}</label>
      <select id={fieldId} className="select select--compact" value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </span>
  );
}
