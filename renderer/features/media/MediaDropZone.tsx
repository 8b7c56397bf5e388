import { useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MEDIA_EXTENSIONS } from '../../../shared/media/mediaFileTypes';
import { Icon } from '../../ui/Icon';

interface MediaDropZoneProps {
  /** True in browser mode, where files are sent by upload (file input and drop); false on the desktop (native dialog). */
  upload: boolean;
  busy: boolean;
  onFiles(files: File[]): void;
  onDialog(): void;
}

const ACCEPT = MEDIA_EXTENSIONS.map((extension) => `.${extension}`).join(',');

/** The import button and the area files can be dropped on. */
export function MediaDropZone({ upload, busy, onFiles, onDialog }: MediaDropZoneProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const hintId = useId();
  const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

  return (
    <div
      className={`media-drop${over ? ' media-drop--over' : ''}`}
      data-testid="media-drop"
      onDragOver={(event) => {
        if (!upload || !hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        if (!upload || !hasFiles(event)) return;
        event.preventDefault();
        setOver(false);
        if (!busy) onFiles([...event.dataTransfer.files]);
      }}
    >
      <button type="button" className="button button--primary" disabled={busy} aria-describedby={hintId} onClick={() => (upload ? input.current?.click() : onDialog())}>
        <Icon name="upload" size={16} />
        {t('media:import')}
      </button>
      {upload && (
        <input
          ref={input}
          className="visually-hidden"
          type="file"
          multiple
          accept={ACCEPT}
          tabIndex={-1}
          aria-label={t('media:import')}
          data-testid="media-file-input"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length > 0) onFiles(files);
          }}
        />
      )}
      <span className="media-drop__hint" id={hintId}>
        <span>{over ? t('media:dropActive') : upload ? t('media:dropHint') : t('media:dropUnavailable')}</span>
        <span className="media-drop__types">{t('media:accepted')}</span>
      </span>
    </div>
  );
}
