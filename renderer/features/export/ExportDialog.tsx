import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportOptions } from '../../../shared/export/exportOptions';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';
import { UnapprovedModulesNotice } from '../review/UnapprovedModulesNotice';
import { ExportNoticeList } from './ExportNoticeList';
import { ExportOptionsFields } from './ExportOptionsFields';
import { ExportProgressView } from './ExportProgressView';
import { ExportResultView } from './ExportResultView';

/**
 * The SCORM export as a modal dialog: pick the version and packaging (the course's last choice to
 * start with), read what blocks or deserves attention, export with progress and cancel, get the file.
 */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const ids = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const course = useAppStore((state) => state.outline?.course);
  const cohorts = useAppStore((state) => state.courseDocument?.cohorts) ?? [];
  const loadCourseDocument = useAppStore((state) => state.loadCourseDocument);
  const notices = useAppStore((state) => state.exportNotices);
  const phase = useAppStore((state) => state.exportPhase);
  const progress = useAppStore((state) => state.exportProgress);
  const result = useAppStore((state) => state.exportResult);
  const failure = useAppStore((state) => state.exportFailure);
  const checkExport = useAppStore((state) => state.checkExport);
  const runExport = useAppStore((state) => state.runExport);
  const cancelExport = useAppStore((state) => state.cancelExport);
  const resetExport = useAppStore((state) => state.resetExport);
  const [options, setOptions] = useState<ExportOptions>({ version: course?.scormVersion ?? '1.2', mode: course?.packagingMode ?? 'course', lockModules: false, programmeCohortId: null, includeSource: false });

  useEffect(() => {
    resetExport();
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    void checkExport(options);
    void loadCourseDocument();
    // Opening checks the options the dialog starts with; later changes are checked by `change`.
  }, []);

  const exporting = phase === 'exporting';
  const change = (next: ExportOptions) => {
    setOptions(next);
    if (phase !== 'idle') resetExport();
    void checkExport(next);
  };
  const blocked = notices === null || notices.some((notice) => notice.severity === 'error');

  return (
    <dialog
      ref={dialog}
      className="dialog export-dialog"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-intro`}
      onCancel={(event) => {
        // Escape never walks away from a running export: cancel it first.
        event.preventDefault();
        if (!exporting) onClose();
      }}
    >
      <header className="export-dialog__header">
        <h2 id={`${ids}-title`}>{t('export:dialogTitle')}</h2>
        <button type="button" className="icon-button" aria-label={t('export:closeDialog')} disabled={exporting} onClick={onClose}>
          <Icon name="close" size={18} />
        </button>
      </header>
      <div className="export-dialog__body">
        <p id={`${ids}-intro`} className="field__hint">
          {t('export:dialogIntro')}
        </p>
        {phase === 'done' && result ? (
          <ExportResultView result={result} />
        ) : (
          <>
            <ExportOptionsFields options={options} cohorts={cohorts} disabled={exporting} onChange={change} />
            {exporting && <ExportProgressView progress={progress} onCancel={() => void cancelExport()} />}
            {phase === 'cancelled' && (
              <p className="export-dialog__status" role="status">
                {t('export:cancelled')}
              </p>
            )}
            {phase === 'failed' && failure && (
              <div className="export-notices export-notices--error" role="alert">
                <h3 className="export-notices__title">{t('export:failedTitle')}</h3>
                <p>{failure.message}</p>
              </div>
            )}
            {!exporting && <UnapprovedModulesNotice />}
            {!exporting && (notices === null ? <p className="field__hint" role="status">{t('export:checking')}</p> : <ExportNoticeList notices={notices} />)}
            {!exporting && notices !== null && !blocked && <p className="export-dialog__status">{t('export:readyToExport')}</p>}
          </>
        )}
      </div>
      <footer className="export-dialog__footer">
        <button type="button" className="button" disabled={exporting} onClick={onClose}>
          {t('export:closeDialog')}
        </button>
        {phase === 'done' ? (
          <button type="button" className="button" onClick={() => change(options)}>
            {t('export:exportAgain')}
          </button>
        ) : (
          <button type="button" className="button button--primary" disabled={blocked || exporting} onClick={() => void runExport(options)}>
            {t('export:startExport')}
          </button>
        )}
      </footer>
    </dialog>
  );
}
