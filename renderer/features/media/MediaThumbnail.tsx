import { useEffect } from 'react';
import type { MediaAsset } from '../../../shared/model/course';
import { useAppStore } from '../../state/useAppStore';
import { Icon, type IconName } from '../../ui/Icon';

const KIND_ICONS: Record<MediaAsset['kind'], IconName> = { image: 'image', video: 'video', audio: 'audio', document: 'file', captions: 'file' };

/** A small picture of an image asset (decorative: its name is in the next cell), else its kind's icon. */
export function MediaThumbnail({ asset }: { asset: MediaAsset }) {
  const thumbnail = useAppStore((state) => state.mediaThumbnails[asset.id]);
  const loadMediaThumbnail = useAppStore((state) => state.loadMediaThumbnail);
  useEffect(() => {
    if (asset.kind === 'image') void loadMediaThumbnail(asset.id);
  }, [asset.id, asset.kind, loadMediaThumbnail]);
  return (
    <span className={`media-thumb media-thumb--${asset.kind}`}>
      {thumbnail ? <img src={thumbnail} alt="" loading="lazy" /> : <Icon name={KIND_ICONS[asset.kind]} size={22} />}
    </span>
  );
}
