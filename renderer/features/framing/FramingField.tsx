import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/useAppStore';
import { FRAMING_FIELDS, framingDraftOf, readFramingField, type FieldError, type FramingField as Field } from './framingFields';
import { useAutosavedDraft } from '../../ui/useAutosavedDraft';

interface FramingFieldProps {
  field: Field;
  /** Extra line under the field (a tip, or an advisory warning). */
  hint?: string | undefined;
  /** Suggestions offered as the designer types (e.g. LMS names). */
  suggestions?: readonly string[];
}

/** One framing field, labelled, autosaved through updateCourse, with its error right under it. */
export function FramingField({ field, hint, suggestions }: FramingFieldProps) {
  const { t } = useTranslation();
  const course = useAppStore((state) => state.outline?.course);
  const updateCourse = useAppStore((state) => state.updateCourse);
  const id = useId();
  const rule = FRAMING_FIELDS[field];
  const check = (raw: string): FieldError | null => {
    const reading = readFramingField(field, raw);
    return reading.ok ? null : reading.error;
  };
  const save = (raw: string) => {
    const reading = readFramingField(field, raw);
    if (reading.ok) void updateCourse(reading.patch);
  };
  const { draft, error, onChange, onFocus, onBlur } = useAutosavedDraft(course ? framingDraftOf(course, field) : '', check, save);
  if (!course) return null;

  const describedBy = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: field,
    className: 'input',
    value: draft,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': 'required' in rule ? true : undefined,
    onFocus,
    onBlur,
  };
  const wide = rule.kind === 'textarea' || rule.kind === 'lines';
  return (
    <div className={`field framing-field${wide ? ' framing-field--wide' : ''}`} data-testid={`framing-${field}`}>
      <label className="field__label" htmlFor={id}>
        {t(`framing:${field}`)}
      </label>
      {wide ? (
        <textarea {...common} rows={rule.kind === 'lines' ? 4 : 3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={rule.kind === 'number' ? 'number' : 'text'}
          inputMode={rule.kind === 'number' ? 'numeric' : undefined}
          min={rule.kind === 'number' ? rule.min : undefined}
          max={rule.kind === 'number' ? rule.max : undefined}
          list={suggestions ? `${id}-suggestions` : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {suggestions && (
        <datalist id={`${id}-suggestions`}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {t(`framing:${error.key}`, error.values)}
        </p>
      )}
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
