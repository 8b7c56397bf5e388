import { crc32 } from 'node:zlib';

/**
 * Passes a media's bytes through while computing their CRC-32, and throws failure() instead of ending
 * when it differs from the CRC stored at import: the zip entry would fail its check in every unzip.
 */
export async function* crcCheckedStream(chunks: AsyncIterable<Buffer> | Iterable<Buffer>, expectedCrc: number, failure: () => Error): AsyncIterable<Buffer> {
  let checksum = 0;
  for await (const chunk of chunks) {
    checksum = crc32(chunk, checksum);
    yield chunk;
  }
  if (checksum !== expectedCrc) throw failure();
}
