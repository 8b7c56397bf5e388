import type { MediaAsset } from '../model/course';
import { MEDIA_FOLDER } from './packageLayout';

const EXTENSION_BY_MIME: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/ogg': 'ogg',
  'audio/wav': 'wav',
  'text/vtt': 'vtt',
  'application/pdf': 'pdf',
};

/** The extension a media file keeps in the package: its own when sane, else one from its MIME type. */
export function mediaExtensionOf(asset: Pick<MediaAsset, 'fileName' | 'mimeType'>): string {
  const own = /\.([A-Za-z0-9]{1,10})$/.exec(asset.fileName)?.[1];
  return own ? own.toLowerCase() : (EXTENSION_BY_MIME[asset.mimeType.toLowerCase()] ?? 'bin');
}

/** Path of a media file from the package root: `media/<sha256>.<ext>`, one file per content. */
export function mediaPathOf(asset: Pick<MediaAsset, 'sha256' | 'fileName' | 'mimeType'>): string {
  return `${MEDIA_FOLDER}/${asset.sha256}.${mediaExtensionOf(asset)}`;
}
