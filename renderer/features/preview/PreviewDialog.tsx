import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Preview } from '../../../shared/api/previewCalls';
import { useAppStore } from '../../state/useAppStore';
import { isPreviewEscape } from '../../../shared/export/previewMessages';
import { Icon } from '../../ui/Icon';
import './preview.css';

/** A modal holding the export's player in preview mode; Escape or the close button leaves it. */
export function PreviewDialog({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const closePreview = useAppStore((state) => state.closePreview);
  useEffect(() => {
    // Keys pressed in the player never reach this document and its opaque origin shuts us out of it:
    // the player tells us when Escape was pressed there and not used (by its menu).
    const onMessage = (event: MessageEvent) => {
      if (event.source === frame.current?.contentWindow && isPreviewEscape(event.data)) dialog.current?.close();
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  const title = t('editor:preview.title', { title: preview.title });
  return (
    <dialog ref={dialog} className="dialog dialog--large preview-dialog" aria-labelledby={titleId} onClose={closePreview} data-testid="preview-dialog">
      <div className="dialog__header">
        <div>
          <h2 id={titleId}>{title}</h2>
          <p className="dialog__note">{t('editor:preview.note')}</p>
        </div>
        <button type="button" className="button button--small" onClick={() => dialog.current?.close()}>
          <Icon name="close" size={16} />
          {t('editor:preview.close')}
        </button>
      </div>
      {/* allow-scripts without allow-same-origin: the course's content runs in an opaque origin, away from the app and its API token. */}
      <iframe ref={frame} className="preview-dialog__frame" title={title} sandbox="allow-scripts" src={new URL(preview.path, document.baseURI).href} />
    </dialog>
  );
}
