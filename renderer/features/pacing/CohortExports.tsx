import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadExportedFile } from '../../api/exportDownload';
import { useAppStore } from '../../state/useAppStore';
import type { CohortExportKind } from '../../state/pacingSlice';
import { Icon } from '../../ui/Icon';

/** Exports the cohort's .ics calendar and learner programme: a download in browser mode, a save dialog on the desktop. */
export function CohortExports({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation();
  const exportCohortFile = useAppStore((state) => state.exportCohortFile);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const run = async (kind: CohortExportKind) => {
    setBusy(true);
    setDone(null);
    const file = await exportCohortFile(cohortId, kind);
    setBusy(false);
    if (!file) return;
    setDone(downloadExportedFile(file) ? t('pacing:downloadStarted', { fileName: file.fileName }) : t('pacing:exportedTo', { path: file.path }));
  };

  return (
    <div className="cohort-exports">
      <button type="button" className="button" disabled={busy} onClick={() => void run('calendar')}>
        <Icon name="calendar" size={16} />
        {t('pacing:exportCalendar')}
      </button>
      <button type="button" className="button" disabled={busy} onClick={() => void run('programme')}>
        <Icon name="download" size={16} />
        {t('pacing:exportProgramme')}
      </button>
      <p className="cohort-exports__status" role="status">
        {done}
      </p>
    </div>
  );
}
