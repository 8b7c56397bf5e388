import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorMessage';
import { useAppStore } from '../state/useAppStore';
import { Icon } from '../ui/Icon';

/** "✓ Enregistré" / "Enregistrement…" / failure, read out politely by screen readers. */
export function SaveIndicator() {
  const { t } = useTranslation();
  const status = useAppStore((state) => state.saveStatus);
  const error = useAppStore((state) => state.error);
  // A read-only project saves nothing: its banner says so instead.
  const readOnly = useAppStore((state) => Boolean(state.session?.project?.readOnly));
  if (readOnly) return null;
  return (
    <div className={`save-indicator save-indicator--${status}`} role="status" aria-live="polite" data-testid="save-status">
      {status === 'saving' && t('app:save.saving')}
      {(status === 'saved' || status === 'idle') && t('app:save.saved')}
      {status === 'failed' && (
        <span title={error ? t('app:save.retryHint', { message: errorMessage(error, t) }) : undefined}>
          <Icon name="alert" size={14} /> {t('app:save.failed')}
        </span>
      )}
    </div>
  );
}
