import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaAsset, MediaKind } from '../../../../shared/model/course';
import { useAppStore } from '../../../state/useAppStore';
import { Icon } from '../../../ui/Icon';

interface MediaPickerProps {
  kind: MediaKind;
  label: string;
  value: string | null;
  onChange(asset: MediaAsset | null): void;
  /** Label of the "nothing" choice when the block may go without this file (captions). */
  noneLabel?: string;
}

/** Picks one file of a kind from the media library; importing new files is the media library's job. */
export function MediaPicker({ kind, label, value, onChange, noneLabel }: MediaPickerProps) {
  const { t } = useTranslation();
  const fieldId = useId();
  const library = useAppStore((state) => state.mediaLibrary);
  const loadMediaLibrary = useAppStore((state) => state.loadMediaLibrary);
  useEffect(() => {
    if (!library) void loadMediaLibrary();
  }, [library, loadMediaLibrary]);

  const assets = (library ?? []).map((item) => item.asset).filter((asset) => asset.kind === kind);
  const gone = value !== null && library !== null && !assets.some((asset) => asset.id === value);
  return (
    <div className="field block__field">
      <label className="field__label" htmlFor={fieldId}>
        {label}
      </label>
      <select
        id={fieldId}
        className="select"
        value={value ?? ''}
        disabled={assets.length === 0 && !value}
        onChange={(event) => onChange(assets.find((asset) => asset.id === event.target.value) ?? null)}
      >
        <option value="">{noneLabel ?? t('editor:chooseMedia')}</option>
        {assets.map((asset) => (
          <option key={asset.id} value={asset.id}>
            {asset.fileName}
          </option>
        ))}
        {gone && <option value={value}>{t('editor:mediaGone')}</option>}
      </select>
      {library && assets.length === 0 && !noneLabel && <p className="field__hint">{t('editor:mediaEmpty')}</p>}
      {gone && (
        <p className="block__warning">
          <Icon name="alert" size={14} />
          {t('editor:mediaGone')}
        </p>
      )}
    </div>
  );
}
