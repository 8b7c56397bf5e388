import { useFieldDraft } from './useFieldDraft';

interface CommittedNumberFieldProps {
  id: string;
  value: number;
  min: number;
  max: number;
  /** Called with a whole number in range when the user presses Enter or leaves the field. */
  onCommit(value: number): void;
}

/** A number field that saves only once the user is done typing; an out-of-range entry reverts. */
export function CommittedNumberField({ id, value, min, max, onCommit }: CommittedNumberFieldProps) {
  const { draft, setDraft, markSent } = useFieldDraft(String(value));
  const commit = () => {
    const parsed = Number(draft);
    if (Number.isInteger(parsed) && parsed >= min && parsed <= max && parsed !== value) {
      markSent(draft);
      onCommit(parsed);
    } else setDraft(String(value));
  };
  return (
    <input
      id={id}
      className="input input--number"
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') setDraft(String(value));
      }}
    />
  );
}
