import { describe, expect, it } from 'vitest';
import { mediaFileNameProblem, mediaFileTypeOf } from '../../../shared/media/mediaFileTypes';

const bytes = (...parts: Array<string | number[]>) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((char) => char.charCodeAt(0)) : part)));

describe('media file types', () => {
  it('reads the type from the extension, whatever its case', () => {
    expect(mediaFileTypeOf('Photo.JPG')).toMatchObject({ mimeType: 'image/jpeg', kind: 'image' });
    expect(mediaFileTypeOf('brief.mp4')).toMatchObject({ mimeType: 'video/mp4', kind: 'video' });
    expect(mediaFileTypeOf('podcast.mp3')).toMatchObject({ mimeType: 'audio/mpeg', kind: 'audio' });
    expect(mediaFileTypeOf('fiche.pdf')).toMatchObject({ mimeType: 'application/pdf', kind: 'document' });
    expect(mediaFileTypeOf('sous-titres.vtt')).toMatchObject({ mimeType: 'text/vtt', kind: 'captions' });
    expect(mediaFileTypeOf('script.js')).toBeNull();
    expect(mediaFileTypeOf('toString')).toBeNull();
    expect(mediaFileTypeOf('x.constructor')).toBeNull();
  });

  it('says why an MP4 cannot play: no file-type box, a box that is not MP4 data, an audio or image brand, nothing after', () => {
    const video = mediaFileTypeOf('clip.mp4')!;
    const ftyp = (brand: string) => [...bytes([0, 0, 0, 0x18], 'ftyp', brand, [0, 0, 2, 0], 'isommp42')];
    expect(video.containerProblem?.(bytes(ftyp('isom'), [0, 0, 0, 8], 'moov'))).toBeNull();
    expect(video.containerProblem?.(bytes(ftyp('mp42'), [0, 0, 0x10, 0], 'mdat'))).toBeNull();
    expect(video.containerProblem?.(bytes('<html><script>'))?.key).toBe('mediaNoFileTypeBox');
    expect(video.containerProblem?.(bytes(ftyp('isom'), [3, 3, 3, 3, 3, 3, 3, 3]))?.key).toBe('mediaNotMp4Data');
    expect(video.containerProblem?.(bytes(ftyp('isom')))?.key).toBe('mediaNoMovie');
    expect(video.containerProblem?.(bytes(ftyp('M4A '), [0, 0, 0, 8], 'moov'))).toEqual({ key: 'mediaNotVideo', params: { brand: 'M4A' } });
    expect(video.containerProblem?.(bytes([0xff, 0xff, 0xff, 0xff], 'ftypisom'))).toEqual({ key: 'mediaFileTypeBoxSize', params: { size: 0xffffffff } });
    expect(mediaFileTypeOf('song.m4a')!.containerProblem?.(bytes(ftyp('M4A '), [0, 0, 0, 8], 'moov'))).toBeNull();
  });

  it('recognises the real format from the first bytes and refuses a renamed file', () => {
    expect(mediaFileTypeOf('a.png')?.matches(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(mediaFileTypeOf('a.png')?.matches(bytes('%PDF-1.7'))).toBe(false);
    expect(mediaFileTypeOf('a.pdf')?.matches(bytes('%PDF-1.7'))).toBe(true);
    expect(mediaFileTypeOf('a.mp4')?.matches(bytes([0, 0, 0, 0x20], 'ftypisom'))).toBe(true);
    expect(mediaFileTypeOf('a.mp4')?.matches(bytes('<html><script>'))).toBe(false);
    expect(mediaFileTypeOf('a.webp')?.matches(bytes('RIFF', [1, 2, 3, 4], 'WEBP'))).toBe(true);
    expect(mediaFileTypeOf('a.wav')?.matches(bytes('RIFF', [1, 2, 3, 4], 'WEBP'))).toBe(false);
    expect(mediaFileTypeOf('a.vtt')?.matches(bytes([0xef, 0xbb, 0xbf], 'WEBVTT\n'))).toBe(true);
    expect(mediaFileTypeOf('a.mp3')?.matches(bytes('ID3', [4, 0]))).toBe(true);
    expect(mediaFileTypeOf('a.jpg')?.matches(bytes([0xff, 0xd8]))).toBe(false);
  });

  it('refuses names with path tricks, control characters, unknown types, or no name', () => {
    expect(mediaFileNameProblem('Schéma équipe (v2).png')).toBeNull();
    expect(mediaFileNameProblem('../../etc/passwd.png')?.key).toBe('fileNameIsPath');
    expect(mediaFileNameProblem('C:\\Users\\x.png')?.key).toBe('fileNameIsPath');
    expect(mediaFileNameProblem('a..png')?.key).toBe('fileNameIsPath');
    expect(mediaFileNameProblem('bad\nname.png')?.key).toBe('fileNameControl');
    expect(mediaFileNameProblem('setup.exe')).toEqual({ key: 'mediaTypeRefused', params: { name: 'setup.exe' } });
    expect(mediaFileNameProblem('   ')?.key).toBe('fileNameEmpty');
    expect(mediaFileNameProblem(`${'a'.repeat(260)}.png`)).toEqual({ key: 'fileNameTooLong', params: { length: 264 } });
  });
});
