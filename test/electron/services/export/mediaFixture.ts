import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type { MediaSource } from '../../../../electron/services/export/writeScormExport';
import type { CourseDocument } from '../../../../shared/model/courseDocument';

/**
 * Gives each media asset of a course real bytes (size and CRC-32 as the store records them) and a
 * media source serving them in 1 MB chunks, like the project's media store.
 */
export function withMediaBytes(doc: CourseDocument, sizeOf: (index: number) => number = (index) => 3_000 + index * 1_500_000): { doc: CourseDocument; media: MediaSource; bytes: Map<string, Buffer> } {
  const bytes = new Map<string, Buffer>();
  doc.media.forEach((asset, index) => {
    const data = randomBytes(sizeOf(index));
    asset.size = data.length;
    asset.crc32 = crc32(data);
    bytes.set(asset.sha256, data);
  });
  return { doc, media: chunkedSource(bytes), bytes };
}

export function chunkedSource(bytes: Map<string, Buffer>, chunkSize = 1024 * 1024): MediaSource {
  return {
    async *openMediaStream(sha256) {
      const data = bytes.get(sha256);
      if (!data) throw new Error(`no media ${sha256}`);
      for (let at = 0; at < data.length; at += chunkSize) yield data.subarray(at, at + chunkSize);
    },
  };
}
