import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadExportedFile } from '../../api/exportDownload';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';

/** The top bar's "Word storyboard" button: a download in browser mode, a save dialog on the desktop. */
export function StoryboardAction() {
  const { t } = useTranslation();
  const exportStoryboard = useAppStore((state) => state.exportStoryboard);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');

  const run = async () => {
    setBusy(true);
    setDone('');
    const file = await exportStoryboard();
    setBusy(false);
    if (!file) return;
    setDone(downloadExportedFile(file) ? t('storyboard:downloadStarted', { fileName: file.fileName }) : t('storyboard:savedTo', { path: file.path }));
  };

  return (
    <>
      <button type="button" className="button button--small" title={t('storyboard:actionHint')} aria-busy={busy} disabled={busy} onClick={() => void run()}>
        <Icon name="document" size={16} />
        {busy ? t('storyboard:exporting') : t('storyboard:action')}
      </button>
      <span className="visually-hidden" role="status" data-testid="storyboard-status">
        {done}
      </span>
    </>
  );
}
