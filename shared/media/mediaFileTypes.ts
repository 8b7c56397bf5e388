import type { ErrorText } from '../api/appError';
import type { MediaKind } from '../model/course';

export interface MediaFileType {
  mimeType: string;
  kind: MediaKind;
  /** Checks the first bytes of the file: its real format, whatever its name says. */
  matches(head: Uint8Array): boolean;
  /** What is wrong with the container the first bytes start, when the type can say (null: nothing seen); its message takes the file's name. */
  containerProblem?(head: Uint8Array): ErrorText | null;
}

const ascii = (head: Uint8Array, offset: number, text: string): boolean =>
  head.length >= offset + text.length && [...text].every((char, index) => head[offset + index] === char.charCodeAt(0));
const bytes = (head: Uint8Array, offset: number, values: number[]): boolean =>
  head.length >= offset + values.length && values.every((value, index) => head[offset + index] === value);
/** Boxes that may follow an MP4's file-type box at the top level (ISO/IEC 14496-12). */
const MP4_TOP_LEVEL_BOXES = new Set(['moov', 'mdat', 'free', 'skip', 'wide', 'uuid', 'pdin', 'moof', 'sidx', 'styp', 'meta', 'mfra', 'prft']);
/** Major brands of MP4 files that hold no video (audio books, music, still images). */
const NON_VIDEO_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ', 'heic', 'heix', 'mif1', 'avif']);
const uint32 = (head: Uint8Array, offset: number): number =>
  (((head[offset] ?? 0) << 24) | ((head[offset + 1] ?? 0) << 16) | ((head[offset + 2] ?? 0) << 8) | (head[offset + 3] ?? 0)) >>> 0;
const text = (head: Uint8Array, offset: number, length: number): string => String.fromCharCode(...head.subarray(offset, offset + length));

/**
 * What keeps an MP4-family file from playing, read from its first boxes: a file-type box of sane
 * size, a brand that holds the expected kind, then a box a player knows. A renamed or damaged file
 * fails here instead of failing silently in the learner's browser.
 */
function mp4ContainerProblem(head: Uint8Array, kind: 'video' | 'audio'): ErrorText | null {
  if (!ascii(head, 4, 'ftyp')) return { key: 'mediaNoFileTypeBox', params: {} };
  const ftypSize = uint32(head, 0);
  if (ftypSize < 16 || ftypSize > 1024) return { key: 'mediaFileTypeBoxSize', params: { size: ftypSize } };
  const brand = text(head, 8, 4);
  if (kind === 'video' && NON_VIDEO_BRANDS.has(brand)) return { key: 'mediaNotVideo', params: { brand: brand.trim() } };
  if (head.length < ftypSize + 8) return { key: 'mediaNoMovie', params: {} };
  const next = text(head, ftypSize + 4, 4);
  if (!MP4_TOP_LEVEL_BOXES.has(next)) return { key: 'mediaNotMp4Data', params: {} };
  return null;
}
const isMp4Family = (head: Uint8Array) => ascii(head, 4, 'ftyp');
const isMp3 = (head: Uint8Array) => ascii(head, 0, 'ID3') || (head.length >= 2 && head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0);

const PNG: MediaFileType = { mimeType: 'image/png', kind: 'image', matches: (head) => bytes(head, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) };
const JPEG: MediaFileType = { mimeType: 'image/jpeg', kind: 'image', matches: (head) => bytes(head, 0, [0xff, 0xd8, 0xff]) };
const GIF: MediaFileType = { mimeType: 'image/gif', kind: 'image', matches: (head) => ascii(head, 0, 'GIF87a') || ascii(head, 0, 'GIF89a') };
const WEBP: MediaFileType = { mimeType: 'image/webp', kind: 'image', matches: (head) => ascii(head, 0, 'RIFF') && ascii(head, 8, 'WEBP') };
const MP4: MediaFileType = { mimeType: 'video/mp4', kind: 'video', matches: isMp4Family, containerProblem: (head) => mp4ContainerProblem(head, 'video') };
const WEBM: MediaFileType = { mimeType: 'video/webm', kind: 'video', matches: (head) => bytes(head, 0, [0x1a, 0x45, 0xdf, 0xa3]) };
const MP3: MediaFileType = { mimeType: 'audio/mpeg', kind: 'audio', matches: isMp3 };
const M4A: MediaFileType = { mimeType: 'audio/mp4', kind: 'audio', matches: isMp4Family, containerProblem: (head) => mp4ContainerProblem(head, 'audio') };
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
export function mediaFileNameProblem(fileName: string): ErrorText | null {
  if (fileName.trim() === '') return { key: 'fileNameEmpty', params: {} };
  if (fileName.length > 255) return { key: 'fileNameTooLong', params: { length: fileName.length } };
  if (/[/\\]/.test(fileName) || fileName.includes('..')) return { key: 'fileNameIsPath', params: { name: fileName } };
  if (/[\u0000-\u001f\u007f]/.test(fileName)) return { key: 'fileNameControl', params: {} };
  if (mediaFileTypeOf(fileName) === null) return { key: 'mediaTypeRefused', params: { name: fileName } };
  return null;
}

/** The type a file name's extension announces, or null for an extension the library does not take. */
export function mediaFileTypeOf(fileName: string): MediaFileType | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return (extension !== undefined && Object.hasOwn(MEDIA_FILE_TYPES, extension) ? MEDIA_FILE_TYPES[extension] : undefined) ?? null;
}
