import { Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';
import { lazyView } from '../../app/lazyView';

// Loaded when first opened: not needed to paint the outline.
const ImportPreviewPanel = lazyView(() => import('../import/ImportPreviewPanel'), 'ImportPreviewPanel');

/** "Import…": a Word document or one of our SCORM packages becomes a new project, after a preview. */
export function ImportCard() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [inputKey, setInputKey] = useState(0);
  const isDesktop = useAppStore((state) => state.session?.mode === 'desktop');
  const stageImport = useAppStore((state) => state.stageImport);
  const preview = useAppStore((state) => state.importPreview);
  const progress = useAppStore((state) => state.importProgress);
  const createProjectFromImport = useAppStore((state) => state.createProjectFromImport);

  return (
    <section className="card welcome__card" aria-labelledby="import-heading">
      <div className="welcome__card-head">
        <h2 id="import-heading">{t('welcome:import.title')}</h2>
        <button type="button" className="button button--small" disabled={progress !== null} onClick={() => (isDesktop ? void stageImport() : input.current?.click())}>
          <Icon name="upload" size={16} />
          {t('welcome:import.choose')}
        </button>
        <input
          key={inputKey}
          ref={input}
          type="file"
          hidden
          accept=".docx,.zip"
          data-testid="import-file-input"
          aria-label={t('welcome:import.choose')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // A fresh input lets the same file be chosen again after a fix.
            setInputKey((key) => key + 1);
            if (file) void stageImport(file);
          }}
        />
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
