import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { safeLinkHref } from './safeLinkHref';

interface LinkFormProps {
  initialHref: string;
  onApply(href: string): void;
  onRemove(): void;
  onClose(): void;
}

/** The address of the link on the selected text; only https and mailto addresses are kept. */
export function LinkForm({ initialHref, onApply, onRemove, onClose }: LinkFormProps) {
  const { t } = useTranslation();
  const fieldId = useId();
  const [typed, setTyped] = useState(initialHref);
  const [invalid, setInvalid] = useState(false);
  const apply = () => {
    const href = safeLinkHref(typed);
    if (href === null) return setInvalid(true);
    onApply(href);
  };
  return (
    <form
      className="link-form"
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <label className="field__label" htmlFor={fieldId}>
        {t('editor:linkPrompt')}
      </label>
      <input
        id={fieldId}
        className="input"
        type="text"
        inputMode="url"
        autoFocus
        value={typed}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${fieldId}-error` : undefined}
        onChange={(event) => {
          setTyped(event.target.value);
          setInvalid(false);
        }}
      />
      <button type="submit" className="button button--primary button--small">
        {t('editor:linkApply')}
      </button>
      {initialHref && (
        <button type="button" className="button button--small" onClick={onRemove}>
          {t('editor:linkRemove')}
        </button>
      )}
      {invalid && (
        <p className="field__error link-form__error" id={`${fieldId}-error`} role="alert">
          {t('editor:linkInvalid')}
        </p>
      )}
    </form>
  );
}
