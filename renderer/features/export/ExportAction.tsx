import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import { useReturnFocus } from '../../ui/useReturnFocus';
import { lazyView } from '../../app/lazyView';
import './export.css';

// Loaded when first opened: not needed to paint the outline.
const ExportDialog = lazyView(() => import('./ExportDialog'), 'ExportDialog');

/** The top bar's "Export" button; the dialog lives only while open. */
export function ExportAction() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const opener = useReturnFocus(open);
  return (
    <>
      <button ref={opener} type="button" className="button button--primary button--small" aria-haspopup="dialog" onClick={() => setOpen(true)} data-testid="export-action">
        <Icon name="file" size={16} />
        {t('export:dialogOpen')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
