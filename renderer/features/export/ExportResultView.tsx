import { useTranslation } from 'react-i18next';
import type { ExportResult } from '../../../shared/api/exportCalls';
import { exportDownloadUrl } from '../../api/exportDownloadUrl';
import { Icon } from '../../ui/Icon';
import { ExportNoticeList } from './ExportNoticeList';

function sizeText(bytes: number, language: string): string {
  const format = (value: number, unit: string) => `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  return bytes < 1_000_000 ? format(Math.max(1, Math.round(bytes / 1_000)), language === 'fr' ? 'ko' : 'kB') : format(bytes / 1_000_000, language === 'fr' ? 'Mo' : 'MB');
}

/** Where the package went (and, in browser mode, the link to download it), with its warnings and LMS advice. */
export function ExportResultView({ result, targetLms }: { result: ExportResult; targetLms: string }) {
  const { t, i18n } = useTranslation();
  const downloadUrl = exportDownloadUrl(result.path);
  const fileName = result.path.split(/[\\/]/).pop() ?? result.path;
  return (
    <div className="export-result" role="status" data-testid="export-result">
      <h3 className="export-result__title">
        <Icon name="check" size={18} />
        {t('export:doneTitle')}
      </h3>
      <p className="field__hint">{t('export:doneDetail', { files: result.files, size: sizeText(result.bytes, i18n.language) })}</p>
      <p className="export-result__path">{t('export:savedAt', { path: result.path })}</p>
      {downloadUrl && (
        <a className="button button--primary" href={downloadUrl} download={fileName}>
          {t('export:downloadPackage')}
        </a>
      )}
      <ExportNoticeList notices={result.warnings} targetLms={targetLms} />
    </div>
  );
}
