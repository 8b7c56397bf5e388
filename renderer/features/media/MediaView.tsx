import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { connectMediaUploader } from '../../api/connectMediaUploader';
import { useAppStore } from '../../state/useAppStore';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Icon } from '../../ui/Icon';
import { formatFileSize } from './formatFileSize';
import { ImportProgressBar } from './ImportProgressBar';
import { MediaDropZone } from './MediaDropZone';
import { MediaTable } from './MediaTable';
import './media.css';

/** The media library: import by dialog or drag and drop, every asset with where it is used, replace, clear out. */
export function MediaView() {
  const { t, i18n } = useTranslation();
  const library = useAppStore((state) => state.mediaLibrary);
  const importRunning = useAppStore((state) => state.mediaImport);
  const loadMediaLibrary = useAppStore((state) => state.loadMediaLibrary);
  const importMediaFromDialog = useAppStore((state) => state.importMediaFromDialog);
  const uploadMediaFiles = useAppStore((state) => state.uploadMediaFiles);
  const deleteUnusedMedia = useAppStore((state) => state.deleteUnusedMedia);
  const compactProject = useAppStore((state) => state.compactProject);
  const compaction = useAppStore((state) => state.compaction);
  const upload = useMemo(() => connectMediaUploader(), []);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    void loadMediaLibrary();
  }, [loadMediaLibrary]);

  const run = async (action: () => Promise<string | null>) => {
    setBusy(true);
    setNotice(null);
    try {
      setNotice(await action());
    } finally {
      setBusy(false);
    }
  };
  const importFiles = (files: readonly File[]) =>
    upload && void run(async () => t('media:importedCount', { count: await uploadMediaFiles(files, upload) }));
  const importByDialog = () =>
    void run(async () => {
      const count = await importMediaFromDialog();
      return count ? t('media:importedCount', { count }) : null;
    });

  if (!library) return null;
  const unusedCount = library.filter((item) => item.usedIn.length === 0).length;
  const totalSize = library.reduce((sum, item) => sum + item.asset.size, 0);

  return (
    <div className="media-place">
      <header className="media-place__header">
        <h1>{t('media:heading')}</h1>
        <p className="media-place__summary" data-testid="media-summary">
          {t('media:summary', { count: library.length, size: formatFileSize(totalSize, t, i18n.language) })}
        </p>
      </header>
      <div className="media-place__toolbar">
        <MediaDropZone upload={upload !== null} busy={busy} onFiles={importFiles} onDialog={importByDialog} />
        <ConfirmButton
          className="button"
          disabled={busy || unusedCount === 0}
          question={t('media:deleteUnusedConfirm', { count: unusedCount })}
          onConfirm={() =>
            void run(async () => {
              const count = await deleteUnusedMedia();
              return count === undefined ? null : t('media:deleted', { count });
            })
          }
        >
          <Icon name="trash" size={16} />
          {t('media:deleteUnused')}
        </ConfirmButton>
        <button
          type="button"
          className="button"
          disabled={busy}
          title={t('media:compactHint')}
          onClick={() =>
            void run(async () => {
              const freed = await compactProject();
              if (freed === undefined) return null;
              return freed === 0 ? t('media:compactedNothing') : t('media:compacted', { size: formatFileSize(freed, t, i18n.language) });
            })
          }
        >
          {t('media:compact')}
        </button>
      </div>
      {importRunning && <ImportProgressBar progress={importRunning} />}
      {compaction && (
        <div className="media-progress" data-testid="compaction-progress">
          <span>{t('media:compacting')}</span>
          <progress max={compaction.bytesTotal || 1} value={compaction.bytesDone} aria-label={t('media:compacting')} />
        </div>
      )}
      <p className="media-place__notice" role="status" data-testid="media-notice">
        {notice}
      </p>
      {library.length === 0 ? <p className="media-place__empty">{t('media:empty')}</p> : <MediaTable library={library} />}
    </div>
  );
}
