import type { MediaKind } from '../model/course';

export interface MediaFileType {
  mimeType: string;
  kind: MediaKind;
  /** Checks the first bytes of the file: its real format, whatever its name says. */
  matches(head: Uint8Array): boolean;
}

const ascii = (head: Uint8Array, offset: number, text: string): boolean =>
  head.length >= offset + text.length && [...text].every((char, index) => head[offset + index] === char.charCodeAt(0));
const bytes = (head: Uint8Array, offset: number, values: number[]): boolean =>
  head.length >= offset + values.length && values.every((value, index) => head[offset + index] === value);
const isMp4Family = (head: Uint8Array) => ascii(head, 4, 'ftyp');
const isMp3 = (head: Uint8Array) => ascii(head, 0, 'ID3') || (head.length >= 2 && head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0);

const PNG: MediaFileType = { mimeType: 'image/png', kind: 'image', matches: (head) => bytes(head, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) };
const JPEG: MediaFileType = { mimeType: 'image/jpeg', kind: 'image', matches: (head) => bytes(head, 0, [0xff, 0xd8, 0xff]) };
const GIF: MediaFileType = { mimeType: 'image/gif', kind: 'image', matches: (head) => ascii(head, 0, 'GIF87a') || ascii(head, 0, 'GIF89a') };
const WEBP: MediaFileType = { mimeType: 'image/webp', kind: 'image', matches: (head) => ascii(head, 0, 'RIFF') && ascii(head, 8, 'WEBP') };
const MP4: MediaFileType = { mimeType: 'video/mp4', kind: 'video', matches: isMp4Family };
const WEBM: MediaFileType = { mimeType: 'video/webm', kind: 'video', matches: (head) => bytes(head, 0, [0x1a, 0x45, 0xdf, 0xa3]) };
const MP3: MediaFileType = { mimeType: 'audio/mpeg', kind: 'audio', matches: isMp3 };
const M4A: MediaFileType = { mimeType: 'audio/mp4', kind: 'audio', matches: isMp4Family };
const WAV: MediaFileType = { mimeType: 'audio/wav', kind: 'audio', matches: (head) => ascii(head, 0, 'RIFF') && ascii(head, 8, 'WAVE') };
const OGG: MediaFileType = { mimeType: 'audio/ogg', kind: 'audio', matches: (head) => ascii(head, 0, 'OggS') };
const PDF: MediaFileType = { mimeType: 'application/pdf', kind: 'document', matches: (head) => ascii(head, 0, '%PDF-') };
const VTT: MediaFileType = {
  mimeType: 'text/vtt',
  kind: 'captions',
  matches: (head) => ascii(head, 0, 'WEBVTT') || (bytes(head, 0, [0xef, 0xbb, 0xbf]) && ascii(head, 3, 'WEBVTT')),
};

/** The files the media library takes, by extension: images, video, audio, PDF, and WebVTT captions. */
export const MEDIA_FILE_TYPES: Readonly<Record<string, MediaFileType>> = {
  png: PNG,
  jpg: JPEG,
  jpeg: JPEG,
  gif: GIF,
  webp: WEBP,
  mp4: MP4,
  m4v: MP4,
  webm: WEBM,
  mp3: MP3,
  m4a: M4A,
  wav: WAV,
  ogg: OGG,
  pdf: PDF,
  vtt: VTT,
};

export const MEDIA_EXTENSIONS = Object.keys(MEDIA_FILE_TYPES);

/** Largest media file the library takes: bigger videos belong on a streaming platform, not in a SCORM package. */
export const MAX_MEDIA_BYTES = 2 * 1024 * 1024 * 1024;

/**
 * Why a file name cannot name a media file (path separators, "..", control characters, no known
 * extension), or null when it is fine. Names come from the user's disk or a browser upload: untrusted.
 */
export function mediaFileNameProblem(fileName: string): string | null {
  if (fileName.trim() === '') return 'The file has no name.';
  if (fileName.length > 255) return `The file name is ${fileName.length} characters long; 255 at most.`;
  if (/[/\\]/.test(fileName) || fileName.includes('..')) return `"${fileName}" looks like a path, not a file name: rename the file without "/", "\\" or "..".`;
  if (/[\u0000-\u001f\u007f]/.test(fileName)) return 'The file name contains control characters: rename the file.';
  if (mediaFileTypeOf(fileName) === null) {
    return `"${fileName}" is not a file the media library takes. Use an image (PNG, JPEG, GIF, WebP), a video (MP4, WebM), audio (MP3, M4A, WAV, OGG), a PDF or WebVTT captions (.vtt).`;
  }
  return null;
}

/** The type a file name's extension announces, or null for an extension the library does not take. */
export function mediaFileTypeOf(fileName: string): MediaFileType | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return (extension !== undefined && Object.hasOwn(MEDIA_FILE_TYPES, extension) ? MEDIA_FILE_TYPES[extension] : undefined) ?? null;
}
