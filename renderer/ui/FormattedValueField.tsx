import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/model/course';
import { formatDateField, formatTimeField } from '../../shared/i18n/formatDate';
import { dateFieldExample, readDateField, readTimeField, timeFieldExample, type FieldReading } from '../../shared/i18n/readDateField';
import { useUiLanguage } from '../i18n/useUiLanguage';
import { useFieldDraft } from './useFieldDraft';

export interface FormattedValueFieldProps {
  id: string;
  /** The stored value (ISO date, 24 h time), or null for none. */
  value: string | null;
  /** An emptied field reverts instead of committing null. */
  required?: boolean;
  /** Ids of other descriptions of the field (a hint of the form around it). */
  describedBy?: string | undefined;
  /** Called with the stored form of what was typed, when the user presses Enter or leaves the field, only if it changed. */
  onCommit(value: string | null): void;
}

/** How each kind of value is shown, read back and explained: the policy itself is in shared/i18n (formatDate, readDateField). */
const KINDS = {
  date: {
    show: formatDateField,
    read: readDateField,
    example: dateFieldExample,
    messages: { format: 'common:dateFormat', impossible: 'common:impossibleDate', unreadable: 'common:unreadableDate' },
  },
  time: {
    show: formatTimeField,
    read: readTimeField,
    example: timeFieldExample,
    messages: { format: 'common:timeFormat', impossible: 'common:impossibleTime', unreadable: 'common:unreadableTime' },
  },
} satisfies Record<string, { show(value: string, language: Language): string; read(typed: string, language: Language): FieldReading; example(language: Language): string; messages: Record<'format' | 'impossible' | 'unreadable', string> }>;

/**
 * A plain text field for a value people type in their language's format and the project stores in
 * another (dates, times): it shows the stored value formatted, reads what was typed back when the
 * user is done, and says at the field what is wrong instead of saving it. Escape puts the saved value back.
 */
export function FormattedValueField({ id, value, required = false, describedBy, onCommit, kind }: FormattedValueFieldProps & { kind: keyof typeof KINDS }) {
  const { t } = useTranslation();
  const [language] = useUiLanguage();
  const policy = KINDS[kind];
  const shown = value === null ? '' : policy.show(value, language);
  const { draft, setDraft, markSent, replaced } = useFieldDraft(shown);
  const [problem, setProblem] = useState<string | null>(null);
  if (replaced && problem !== null) setProblem(null);
  const revert = () => {
    setDraft(shown);
    setProblem(null);
  };
  const commit = () => {
    const reading = policy.read(draft, language);
    if (!reading.ok) return setProblem(t(policy.messages[reading.problem], { value: draft.trim(), example: policy.example(language) }));
    if (reading.value === value || (required && reading.value === null)) return revert();
    setProblem(null);
    markSent(draft);
    onCommit(reading.value);
  };
  const formatId = `${id}-format`;
  const problemId = `${id}-problem`;
  return (
    <>
      <input
        id={id}
        className="input"
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={draft}
        aria-required={required || undefined}
        aria-invalid={problem ? true : undefined}
        aria-describedby={[problem && problemId, formatId, describedBy].filter(Boolean).join(' ')}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') revert();
        }}
      />
      <span className="field__hint" id={formatId}>
        {t(policy.messages.format)}
      </span>
      {problem && (
        <p className="field__error" id={problemId} role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
