import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { startLentCrc } from '../../../../electron/services/media/contentHasher';

describe('CRC-32 counted on the hashing thread over lent chunks', () => {
  it('gives back each chunk’s bytes unchanged and the CRC-32 of them all in the order lent, small pooled slices included', async () => {
    const chunks = [randomBytes(1024 * 1024), Buffer.from('a slice of the shared pool'), randomBytes(300_000), Buffer.alloc(0)];
    const expected = chunks.map((chunk) => Buffer.from(chunk));
    const crc = startLentCrc();
    const back = Promise.all(chunks.map((chunk) => crc.lend(chunk)));
    // Moved, not copied: the caller's megabyte is empty while the thread counts it.
    expect(chunks[0]!.length).toBe(0);
    expect(await back).toEqual(expected);
    expect(await crc.crc32()).toBe(expected.reduce((sum, chunk) => crc32(chunk, sum), 0));
  });

  it('keeps the CRCs of two readings apart when their chunks interleave', async () => {
    const [a, b] = [randomBytes(4096 * 3), randomBytes(5000)];
    const [crcA, crcB] = [crc32(a), crc32(b)];
    const first = startLentCrc();
    const second = startLentCrc();
    await Promise.all([first.lend(a.subarray(0, 4096)), second.lend(b), first.lend(a.subarray(4096))]);
    expect(await first.crc32()).toBe(crcA);
    expect(await second.crc32()).toBe(crcB);
  });
});
