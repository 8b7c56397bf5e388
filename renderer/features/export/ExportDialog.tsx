import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportOptions } from '../../../shared/export/exportOptions';
import { lmsPresetOf } from '../../../shared/export/lmsPresets';
import type { FindingTarget } from '../../../shared/checks/finding';
import { usePlaceIds } from '../../app/usePlaceIds';
import { useAppStore } from '../../state/useAppStore';
import { findingDestination } from '../checks/findingDestination';
import { useGoToDestination } from '../checks/useGoToDestination';
import { Icon } from '../../ui/Icon';
import { UnapprovedModulesNotice } from '../review/UnapprovedModulesNotice';
import { ExportNoticeList } from './ExportNoticeList';
import { ExportOptionsFields } from './ExportOptionsFields';
import { ExportProgressView } from './ExportProgressView';
import { ExportRecommendation } from './ExportRecommendation';
import { ExportResultView } from './ExportResultView';
import { errorMessage } from '../../i18n/errorMessage';
import { LmsTestAction } from '../lmsTest/LmsTestAction';

/**
 * The SCORM export as a modal dialog: pick the version and packaging (the last export's choices, else
 * the framing's target, to start with; the target LMS's preset advises and explains its own), read what
 * blocks or deserves attention and the settings to use in the framing's LMS, export with progress and cancel, get the file.
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
  const loadExportSettings = useAppStore((state) => state.loadExportSettings);
  /** Null until the export settings are read: the last export's choices, else the framing's target. */
  const [options, setOptions] = useState<ExportOptions | null>(null);

  useEffect(() => {
    resetExport();
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    void loadCourseDocument();
    void loadExportSettings().then((settings) => {
      if (!settings) return;
      setOptions(settings);
      void checkExport(settings);
    });
    // Opening checks the options the dialog starts with; later changes are checked by `change`.
    // (The store's actions never change: this runs once, when the dialog opens.)
  }, [checkExport, loadCourseDocument, loadExportSettings, resetExport]);

  const exporting = phase === 'exporting';
  const change = (next: ExportOptions) => {
    setOptions(next);
    if (phase !== 'idle') resetExport();
    void checkExport(next);
  };
  const goToDestination = useGoToDestination();
  const placeIds = usePlaceIds();
  const goToTarget = (target: FindingTarget) => {
    const destination = findingDestination(target, placeIds);
    if (!destination) return;
    onClose();
    goToDestination(destination);
  };
  const blocked = options === null || notices === null || notices.some((notice) => notice.severity === 'error');
  const targetLms = course?.targetLms.trim() ?? '';

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
      <div className="export-dialog__header">
        <h2 id={`${ids}-title`}>{t('export:dialogTitle')}</h2>
        <button type="button" className="icon-button" aria-label={t('export:closeDialog')} disabled={exporting} onClick={onClose}>
          <Icon name="close" size={18} />
        </button>
      </div>
      <div className="export-dialog__body">
        <p id={`${ids}-intro`} className="field__hint">
          {t('export:dialogIntro')}
        </p>
        <p className="export-dialog__target" data-testid="export-target">
          {targetLms ? t('export:targetLms', { lms: targetLms }) : t('export:targetLmsNone')}
        </p>
        {phase === 'done' && result ? (
          <ExportResultView result={result} targetLms={targetLms} />
        ) : (
          <>
            {options && <ExportRecommendation preset={lmsPresetOf(targetLms)} targetLms={targetLms} options={options} disabled={exporting} onApply={change} />}
            {options && <ExportOptionsFields options={options} cohorts={cohorts} disabled={exporting} onChange={change} />}
            {exporting && <ExportProgressView progress={progress} onCancel={() => void cancelExport()} />}
            {phase === 'cancelled' && (
              <p className="export-dialog__status" role="status">
                {t('export:cancelled')}
              </p>
            )}
            {phase === 'failed' && failure && (
              <div className="export-notices export-notices--error" role="alert">
                <h3 className="export-notices__title">{t('export:failedTitle')}</h3>
                <p>{errorMessage(failure, t)}</p>
              </div>
            )}
            {!exporting && <UnapprovedModulesNotice />}
            {!exporting && (notices === null ? <p className="field__hint" role="status">{t('export:checking')}</p> : <ExportNoticeList notices={notices} targetLms={targetLms} onGoTo={goToTarget} />)}
            {!exporting && notices !== null && !blocked && <p className="export-dialog__status">{t('export:readyToExport')}</p>}
          </>
        )}
      </div>
      <div className="export-dialog__footer">
        <button type="button" className="button" disabled={exporting} onClick={onClose}>
          {t('export:closeDialog')}
        </button>
        {options && <LmsTestAction options={options} disabled={blocked || exporting} />}
        {phase === 'done' ? (
          <button type="button" className="button" onClick={() => options && change(options)}>
            {t('export:exportAgain')}
          </button>
        ) : (
          <button type="button" className="button button--primary" disabled={blocked || exporting} onClick={() => options && void runExport(options)}>
            {t('export:startExport')}
          </button>
        )}
      </div>
    </dialog>
  );
}
