import { useTranslation } from 'react-i18next';

/** First tab stop: jumps over the top bar and the navigation to the place's content. */
export function SkipLink({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href={`#${targetId}`}
      onClick={(event) => {
        // Focus rather than follow the hash: the address stays as it is and focus really moves.
        event.preventDefault();
        document.getElementById(targetId)?.focus();
      }}
    >
      {t('app:skipToContent')}
    </a>
  );
}
