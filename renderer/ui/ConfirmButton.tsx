import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './confirmButton.css';

interface ConfirmButtonProps {
  /** What the first click shows (the action's name). */
  children: ReactNode;
  /** The question the second step asks, e.g. "Delete question 3?". */
  question: string;
  className?: string;
  disabled?: boolean;
  ariaLabel?: string;
  title?: string;
  onConfirm(): void;
}

/** A destructive action in two steps: the first click asks, "Confirm" does it, "Cancel" (or Escape) backs out. */
export function ConfirmButton({ children, question, className = 'button button--small', disabled, ariaLabel, title, onConfirm }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className={className} disabled={disabled} aria-label={ariaLabel} title={title} onClick={() => setAsking(true)}>
        {children}
      </button>
    );
  }
  const backOutOnEscape = (event: KeyboardEvent) => event.key === 'Escape' && setAsking(false);
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span className="confirm__question">{question}</span>
      <button
        type="button"
        className="button button--small button--danger"
        autoFocus
        onKeyDown={backOutOnEscape}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('common:confirm')}
      </button>
      <button type="button" className="button button--small" onKeyDown={backOutOnEscape} onClick={() => setAsking(false)}>
        {t('common:cancel')}
      </button>
    </span>
  );
}
