import { CONTENT_CLASS } from '../export/contentHtmlClasses';
import { escapeHtml, toSafeUnicode } from '../export/markupEscapes';
import type { MediaBlock } from '../export/mediaBlocks';
import { mediaExtensionOf } from '../export/mediaPath';
import { packText } from '../i18n/reviewPack';
import type { Language, MediaAsset } from '../model/course';
import { formatDuration } from '../pacing/formatDuration';

/**
 * Media blocks as the review pack shows them: small images inline (as data: URLs the caller gives),
 * larger ones, videos, audio and documents as a labelled placeholder, with the transcript. The pack
 * never carries a video or a download.
 */
export function packMediaHtml(language: Language, imageDataUrl: (asset: MediaAsset) => string | null) {
  const t = (key: string, params: Record<string, string | number> = {}) => escapeHtml(toSafeUnicode(packText(language, key, params)));
  return (block: MediaBlock, asset: MediaAsset | undefined): string => {
    if (!block.attrs || !asset) return '';
    const placeholder = (kind: string, label: string, details: string[] = []) =>
      `<figure class="rv-media rv-media--${kind}"><span class="rv-media__icon" aria-hidden="true">${kind === 'video' ? '▶' : kind === 'audio' ? '♪' : kind === 'image' ? '▧' : '⎙'}</span><figcaption>${label}${details.length ? ` <span class="rv-meta">· ${details.join(' · ')}</span>` : ''}</figcaption></figure>`;
    const length = (seconds: number | null) => (seconds ? [t('duration', { duration: formatDuration(seconds / 60, language) })] : []);
    switch (block.type) {
      case 'image': {
        const { alt, caption } = block.attrs;
        const url = imageDataUrl(asset);
        const figcaption = caption.trim() ? `<figcaption class="${CONTENT_CLASS.caption}">${escapeHtml(toSafeUnicode(caption))}</figcaption>` : '';
        if (!url) return placeholder('image', t('imageTooLarge', { name: asset.fileName, size: sizeText(asset.size, language), alt }));
        const size = asset.width && asset.height ? ` width="${asset.width}" height="${asset.height}"` : '';
        return `<figure class="${CONTENT_CLASS.image}"><img src="${escapeHtml(url)}" alt="${escapeHtml(toSafeUnicode(alt))}"${size}>${figcaption}</figure>`;
      }
      case 'video':
        return placeholder('video', t('videoPlaceholder', { name: asset.fileName }), length(block.attrs.durationSeconds ?? asset.durationSeconds)) + transcriptHtml(block.attrs.transcript, t('transcript'));
      case 'audio':
        return placeholder('audio', t('audioPlaceholder', { name: asset.fileName }), length(block.attrs.durationSeconds ?? asset.durationSeconds)) + transcriptHtml(block.attrs.transcript, t('transcript'));
      case 'resource':
        return placeholder('document', t('documentPlaceholder', { name: block.attrs.label.trim() || asset.fileName, meta: `${mediaExtensionOf(asset).toUpperCase()} · ${sizeText(asset.size, language)}` }));
    }
  };
}

function transcriptHtml(transcript: string, summary: string): string {
  const paragraphs = toSafeUnicode(transcript).split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  if (paragraphs.length === 0) return '';
  return `<details class="${CONTENT_CLASS.transcript}" open><summary>${summary}</summary><div class="${CONTENT_CLASS.transcriptText}">${paragraphs.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</div></details>`;
}

function sizeText(bytes: number, language: Language): string {
  const megabytes = bytes / 1_000_000;
  const [value, unit] = megabytes >= 1 ? [megabytes, language === 'fr' ? 'Mo' : 'MB'] : [bytes / 1_000, language === 'fr' ? 'ko' : 'kB'];
  const digits = value.toFixed(1).replace(/\.0$/, '');
  return `${language === 'fr' ? digits.replace('.', ',') : digits}\u00a0${unit}`;
}
