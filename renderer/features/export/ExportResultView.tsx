import { useTranslation } from 'react-i18next';
import type { ExportResult } from '../../../shared/api/exportCalls';
import { exportDownloadUrl } from '../../api/exportDownloadUrl';
import { Icon } from '../../ui/Icon';
import { ExportNoticeList } from './ExportNoticeList';

function sizeText(bytes: number, language: string): string {
  const format = (value: number, unit: string) => `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  return bytes < 1_000_000 ? format(Math.max(1, Math.round(bytes / 1_000)), language === 'fr' ? 'ko' : 'kB') : format(bytes / 1_000_000, language === 'fr' ? 'Mo' : 'MB');
}

const baseName = (filePath: string) => filePath.split(/[\\/]/).pop() ?? filePath;

/** Where the package(s) went (and, in browser mode, the links to download them), with warnings and LMS advice. */
export function ExportResultView({ result, targetLms }: { result: ExportResult; targetLms: string }) {
  const { t, i18n } = useTranslation();
  const several = result.packages.length > 1;
  const zipPath = result.packages[0]?.path ?? result.path;
  const downloadUrl = exportDownloadUrl(zipPath);
  return (
    <div className="export-result" role="status" data-testid="export-result">
      <h3 className="export-result__title">
        <Icon name="check" size={18} />
        {several ? t('export:packagesDoneTitle', { count: result.packages.length }) : t('export:doneTitle')}
      </h3>
      <p className="field__hint">{t('export:doneDetail', { count: result.files, size: sizeText(result.bytes, i18n.language) })}</p>
      <p className="export-result__path">{t('export:savedAt', { path: result.path })}</p>
      {several ? (
        <>
          <p className="field__hint">{t('export:packagesHint')}</p>
          <ul className="export-result__packages">
            {result.packages.map((written) => {
              const url = exportDownloadUrl(written.path);
              const name = baseName(written.path);
              return (
                <li key={written.path}>
                  {url ? (
                    <a href={url} download={name} aria-label={t('export:downloadNamedPackage', { name })}>
                      {name}
                    </a>
                  ) : (
                    name
                  )}{' '}
                  <span className="field__hint">({sizeText(written.bytes, i18n.language)})</span>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        downloadUrl && (
          <a className="button button--primary" href={downloadUrl} download={baseName(zipPath)}>
            {t('export:downloadPackage')}
          </a>
        )
      )}
      <ExportNoticeList notices={result.warnings} targetLms={targetLms} />
    </div>
  );
}
