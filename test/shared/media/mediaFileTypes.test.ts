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
    expect(video.containerProblem?.(bytes('<html><script>'))).toContain('does not start with the file-type box');
    expect(video.containerProblem?.(bytes(ftyp('isom'), [3, 3, 3, 3, 3, 3, 3, 3]))).toContain('not MP4 data');
    expect(video.containerProblem?.(bytes(ftyp('isom')))).toContain('holds no movie');
    expect(video.containerProblem?.(bytes(ftyp('M4A '), [0, 0, 0, 8], 'moov'))).toContain('it is an audio file (MP4 brand "M4A"), not a video');
    expect(video.containerProblem?.(bytes([0xff, 0xff, 0xff, 0xff], 'ftypisom'))).toContain('impossible size');
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
    expect(mediaFileNameProblem('../../etc/passwd.png')).toContain('looks like a path');
    expect(mediaFileNameProblem('C:\\Users\\x.png')).toContain('looks like a path');
    expect(mediaFileNameProblem('a..png')).toContain('looks like a path');
    expect(mediaFileNameProblem('bad\nname.png')).toContain('control characters');
    expect(mediaFileNameProblem('setup.exe')).toContain('is not a file the media library takes');
    expect(mediaFileNameProblem('   ')).toBe('The file has no name.');
    expect(mediaFileNameProblem(`${'a'.repeat(260)}.png`)).toContain('255 at most');
  });
});
