import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/useAppStore';
import { lazyView } from '../../app/lazyView';
import { ImportFileButton } from '../import/ImportFileButton';

// Loaded when first opened: not needed to paint the outline.
const ImportPreviewPanel = lazyView(() => import('../import/ImportPreviewPanel'), 'ImportPreviewPanel');

/** "Import…": a Word document or one of our SCORM packages becomes a new project, after a preview. */
export function ImportCard() {
  const { t } = useTranslation();
  const stageImport = useAppStore((state) => state.stageImport);
  const preview = useAppStore((state) => state.importPreview);
  const progress = useAppStore((state) => state.importProgress);
  const createProjectFromImport = useAppStore((state) => state.createProjectFromImport);

  return (
    <section className="card welcome__card" aria-labelledby="import-heading">
      <div className="welcome__card-head">
        <h2 id="import-heading">{t('welcome:import.title')}</h2>
        <ImportFileButton label={t('welcome:import.choose')} className="button button--small" disabled={progress !== null} testId="import-file-input" onPick={(file) => void stageImport(file)} />
      </div>
      <p className="welcome__empty">{t('welcome:import.description')}</p>
      {progress && (
        <p className="import-preview__progress" role="status">
          {progress.step === 'reading' ? t('welcome:import.reading', { fileName: progress.fileName }) : t('welcome:import.creating')}
        </p>
      )}
      {preview && (
        <Suspense fallback={null}>
          <ImportPreviewPanel
            preview={preview}
            kindText={t(`welcome:import.kind.${preview.kind}`)}
            confirmLabel={t('welcome:import.create')}
            onConfirm={(levels) => void createProjectFromImport(levels)}
          />
        </Suspense>
      )}
    </section>
  );
}
