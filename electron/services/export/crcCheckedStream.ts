import { startLentCrc } from '../media/contentHasher';

/** Chunks (1 MB each) on the hashing thread at once: it counts one while the next ones wait, and the writer never waits for it. */
const CHUNKS_LENT = 4;

/**
 * Passes a media's bytes through while computing their CRC-32, and throws failure() instead of ending
 * when it differs from the CRC stored at import: the zip entry would fail its check in every unzip.
 * The CRC is counted on the hashing thread over the chunks' own memory, moved there and back without
 * a copy, so the main thread only reads and writes (the CRC was ~15 % of its time); a chunk is
 * passed on once counted, so a mismatch is known before the media's last bytes are written.
 */
export async function* crcCheckedStream(chunks: AsyncIterable<Buffer> | Iterable<Buffer>, expectedCrc: number, failure: () => Error): AsyncIterable<Buffer> {
  const crc = startLentCrc();
  const counting: Array<Promise<Buffer>> = [];
  let finished = false;
  try {
    for await (const chunk of chunks) {
      const counted = crc.lend(chunk);
      // Seen now, so a failure of the thread is not an unhandled rejection when the reading stops before it is awaited.
      counted.catch(() => {});
      counting.push(counted);
      if (counting.length >= CHUNKS_LENT) yield await counting.shift()!;
    }
    while (counting.length > 0) yield await counting.shift()!;
    finished = true;
    if ((await crc.crc32()) !== expectedCrc) throw failure();
  } finally {
    if (!finished) crc.cancel();
  }
}
