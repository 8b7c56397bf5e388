import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore, useLatestAppState } from '../../state/useAppStore';
import { announce } from '../../ui/LiveAnnouncer';
import { ImportPreviewPanel } from '../import/ImportPreviewPanel';

interface Target {
  /** Null: the course has no module yet. */
  afterModuleId: string | null;
  position: number;
  title: string;
}

/**
 * The outline's "Import…": the staged file's outline, where it goes, and what stays the course's,
 * before anything is added; then the progress of the media being stored. Closing it cancels.
 */
export function ImportIntoCourseDialog({ target, onClose, onImported }: { target: Target; onClose: () => void; onImported: (moduleIds: string[]) => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const preview = useAppStore((state) => state.importPreview);
  const progress = useAppStore((state) => state.importProgress);
  const cancelImport = useAppStore((state) => state.cancelImport);
  const importIntoCourse = useAppStore((state) => state.importIntoCourse);
  const latest = useLatestAppState();
  const open = preview !== null || progress !== null;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  // A refused file (its message shows in the error bar) or a cancelled file dialog leaves nothing to show.
  useEffect(() => {
    if (!open) onClose();
  }, [open, onClose]);

  const confirm = async (levels: Parameters<typeof importIntoCourse>[1]) => {
    const added = await importIntoCourse(target.afterModuleId, levels);
    if (!added) return;
    announce(t('outline:import.done', { count: added.length }));
    onImported(added);
  };

  const percent = progress?.step === 'adding' && progress.bytesTotal > 0 ? Math.min(100, Math.round((progress.bytesDone / progress.bytesTotal) * 100)) : null;
  return (
    <dialog
      ref={dialog}
      className="dialog import-dialog"
      aria-labelledby={titleId}
      data-testid="import-into-course-dialog"
      onCancel={(event) => {
        // Escape while the media are being stored would leave a half-told story: wait for the end.
        if (progress?.step === 'adding') event.preventDefault();
      }}
      onClose={() => {
        if (latest().importPreview) void cancelImport();
      }}
    >
      <h2 id={titleId}>{t('outline:import.title')}</h2>
      {progress?.step === 'reading' && (
        <p className="import-preview__progress" role="status">
          {t('welcome:import.reading', { fileName: progress.fileName })}
        </p>
      )}
      {preview && (
        <ImportPreviewPanel preview={preview} kindText={t(`outline:import.kind.${preview.kind}`)} confirmLabel={t('outline:import.confirm')} onConfirm={(levels) => void confirm(levels)}>
          <p className="import-preview__target">
            {target.afterModuleId ? t('outline:import.after', { position: target.position, title: target.title }) : t('outline:import.atStart')} {t('outline:import.kept')}
          </p>
        </ImportPreviewPanel>
      )}
      {progress?.step === 'adding' && (
        <div className="import-preview__progress" role="status">
          <span>{percent === null ? t('outline:import.adding') : t('outline:import.addingMedia', { percent })}</span>
          <progress max={100} value={percent ?? undefined} aria-label={t('outline:import.progress')} />
        </div>
      )}
    </dialog>
  );
}
