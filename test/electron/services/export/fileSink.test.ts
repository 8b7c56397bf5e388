import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileSink } from '../../../../electron/services/export/fileSink';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(path.join(tmpdir(), 'spoc-sink-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const KB = 1024;

/** A real file handle whose datasync calls are noted (with the bytes the sink had accepted by then) and answered at once, or failed. */
function noteSyncs(handle: FileHandle, sink: () => FileSink, fail?: Error): { handle: FileHandle; syncedAt: number[] } {
  const syncedAt: number[] = [];
  const noted = Object.create(handle) as FileHandle;
  noted.write = handle.write.bind(handle) as FileHandle['write'];
  noted.datasync = async () => {
    syncedAt.push(sink().position);
    if (fail) throw fail;
  };
  return { handle: noted, syncedAt };
}

const chunkOf = (index: number): Buffer => Buffer.alloc(64 * KB, index % 251);

describe('FileSink', () => {
  it('syncs in the background while writing, so the closing sync does not wait for the whole file', async () => {
    const file = path.join(dir, 'out.bin');
    const raw = await open(file, 'w');
    const { handle, syncedAt } = noteSyncs(raw, () => sink);
    const sink = new FileSink(handle, { syncEveryBytes: 512 * KB, maxInFlightBytes: 256 * KB });
    const chunks = Array.from({ length: 64 }, (_, index) => chunkOf(index));
    for (const chunk of chunks) await sink.write(chunk);
    await sink.flush();
    await raw.close();
    expect(readFileSync(file).equals(Buffer.concat(chunks))).toBe(true);
    // 4 MB written with a sync due every 512 KB: several syncs, started while chunks were still coming.
    expect(syncedAt.length).toBeGreaterThanOrEqual(3);
    expect(syncedAt[0]).toBeLessThan(2048 * KB);
  });

  it('never syncs on its own when not asked to', async () => {
    const raw = await open(path.join(dir, 'out.bin'), 'w');
    const { handle, syncedAt } = noteSyncs(raw, () => sink);
    const sink = new FileSink(handle);
    for (let index = 0; index < 32; index += 1) await sink.write(chunkOf(index));
    await sink.flush();
    await raw.close();
    expect(syncedAt).toEqual([]);
  });

  it('fails the writing when a background sync fails', async () => {
    const raw = await open(path.join(dir, 'out.bin'), 'w');
    const { handle } = noteSyncs(raw, () => sink, Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' }));
    const sink = new FileSink(handle, { syncEveryBytes: 128 * KB });
    const writing = (async () => {
      for (let index = 0; index < 32; index += 1) await sink.write(chunkOf(index));
      await sink.flush();
    })();
    await expect(writing).rejects.toThrow(/EIO/);
    await raw.close();
  });
});
