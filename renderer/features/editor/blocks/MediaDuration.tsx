import { useTranslation } from 'react-i18next';
import { formatMediaTime } from '../formatMediaTime';

/** "Durée : 3 min 20", read from the file when it was imported. */
export function MediaDuration({ seconds }: { seconds: number | null }) {
  const { t } = useTranslation();
  return (
    <span className="badge" data-testid="media-duration">
      {seconds === null ? t('editor:durationUnknown') : t('editor:duration', { duration: formatMediaTime(seconds, t) })}
    </span>
  );
}
