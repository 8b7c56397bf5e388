import { useTranslation } from 'react-i18next';
import type { ExportProgressInfo } from '../../../shared/api/exportCalls';

/** The running export: a progress bar with the file being written, and the way to stop it. */
export function ExportProgressView({ progress, onCancel }: { progress: ExportProgressInfo | null; onCancel: () => void }) {
  const { t } = useTranslation();
  const percent = progress && progress.totalBytes > 0 ? Math.floor((progress.writtenBytes / progress.totalBytes) * 100) : 0;
  return (
    <div className="export-progress">
      {/* Announced once; the bar itself is read on demand, not every 200 ms. */}
      <p className="export-progress__title" role="status">
        {t('export:exporting')}
      </p>
      <progress className="export-progress__bar" aria-label={t('export:progressLabel')} max={100} value={progress ? percent : undefined} />
      <p className="field__hint export-progress__detail">{progress ? t('export:progressDetail', { percent, file: progress.currentFile }) : '\u00a0'}</p>
      <button type="button" className="button" onClick={onCancel}>
        {t('export:cancelExport')}
      </button>
    </div>
  );
}
