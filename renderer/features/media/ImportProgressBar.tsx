import { useTranslation } from 'react-i18next';
import type { MediaImportProgress } from '../../../shared/api/mediaCalls';

/** The running import: which file, and how far (a bar with its percentage for assistive technology). */
export function ImportProgressBar({ progress }: { progress: MediaImportProgress }) {
  const { t } = useTranslation();
  const percent = progress.bytesTotal ? Math.min(100, Math.round((progress.bytesDone / progress.bytesTotal) * 100)) : null;
  const label = percent === null ? t('media:importingUnknown', { name: progress.fileName }) : t('media:importing', { name: progress.fileName, percent });
  return (
    <div className="media-progress" data-testid="media-progress">
      <span>{label}</span>
      <progress max={100} value={percent ?? undefined} aria-label={t('media:importProgress')} />
    </div>
  );
}
