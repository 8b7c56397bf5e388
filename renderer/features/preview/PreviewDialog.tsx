import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Preview } from '../../../shared/api/previewCalls';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';
import './preview.css';

/** A modal holding the export's player in preview mode; Escape or the close button leaves it. */
export function PreviewDialog({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const closePreview = useAppStore((state) => state.closePreview);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  const title = t('editor:preview.title', { title: preview.title });
  return (
    <dialog ref={dialog} className="dialog preview-dialog" aria-labelledby={titleId} onClose={closePreview} data-testid="preview-dialog">
      <div className="preview-dialog__header">
        <div>
          <h2 id={titleId}>{title}</h2>
          <p className="preview-dialog__note">{t('editor:preview.note')}</p>
        </div>
        <button type="button" className="button button--small" onClick={() => dialog.current?.close()}>
          <Icon name="close" size={16} />
          {t('editor:preview.close')}
        </button>
      </div>
      <iframe
        className="preview-dialog__frame"
        title={title}
        src={new URL(preview.path, document.baseURI).href}
        onLoad={(event) => {
          // Keys pressed in the player never reach this document: listen in the frame (same origin)
          // so Escape closes the preview there too, unless the player used it (its menu).
          event.currentTarget.contentDocument?.addEventListener('keydown', (key) => {
            if (key.key === 'Escape' && !key.defaultPrevented) dialog.current?.close();
          });
        }}
      />
    </dialog>
  );
}
