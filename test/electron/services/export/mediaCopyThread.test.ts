import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MediaCopyThread, type CopyTarget } from '../../../../electron/services/export/mediaCopyThread';
import { appError } from '../../../../shared/api/appError';
import type { MediaAsset } from '../../../../shared/model/course';
import { overwriteMediaChunk } from '../../../support/damageProject';
import { generateLargeCourse, type LargeCourse } from '../../../support/generateLargeCourse';

const MB = 1024 * 1024;
const OFFSET = 4096 + 17;

let dir: string;
let course: LargeCourse;
let thread: MediaCopyThread | null = null;
const fds: number[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'spoc-copy-thread-'));
  // Three media of 3 to 4 MB, folded into the project file (chunks of 1 MB, the last one shorter).
  course = await generateLargeCourse({ dir, mediaBytes: 10 * MB + 5, mediaFileCount: 3 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  await thread?.close();
  thread = null;
  for (const fd of fds.splice(0)) closeSync(fd);
});

/** An empty target file opened for writing, as the export's zip is. */
function targetFile(name: string, flags = 'w+'): { filePath: string; target: CopyTarget } {
  const filePath = path.join(dir, name);
  writeFileSync(filePath, '');
  const fd = openSync(filePath, flags);
  fds.push(fd);
  return { filePath, target: { fd, offset: OFFSET, syncEveryBytes: 2 * MB, maxInFlightBytes: 2 * MB } };
}

const requestOf = (asset: MediaAsset) => ({ sha256: asset.sha256, name: `media/${asset.fileName}`, size: asset.size, crc32: asset.crc32 });
const damaged = () => appError('corrupt-project', 'mediaCorrupt', { name: 'x', capsules: '' });

async function started(projectPath = course.projectPath): Promise<MediaCopyThread> {
  thread = await MediaCopyThread.start(projectPath);
  if (!thread) throw new Error('the copying thread did not start');
  return thread;
}

describe('the export’s media copying thread', () => {
  it('copies each folded media into the file at the offset given, byte for byte, telling every byte written', async () => {
    const copier = await started();
    for (const asset of course.document.media) {
      const { filePath, target } = targetFile(`${asset.fileName}.copy`);
      let told = 0;
      await copier.copy(requestOf(asset), target, (bytes) => (told += bytes), damaged);
      const written = readFileSync(filePath);
      expect(written.length).toBe(OFFSET + asset.size);
      expect(written.subarray(OFFSET).equals(readFileSync(path.join(course.mediaDir, asset.fileName)))).toBe(true);
      expect(told).toBe(asset.size);
    }
  });

  it('fails with the damaged-media error when the bytes read do not match the stored CRC', async () => {
    const asset = course.document.media[2]!;
    const copyPath = path.join(dir, 'damaged.spoc');
    writeFileSync(copyPath, readFileSync(course.projectPath));
    overwriteMediaChunk(copyPath, asset.sha256, 1);
    const copier = await started(copyPath);
    await expect(copier.copy(requestOf(asset), targetFile('damaged.copy').target, () => {}, damaged)).rejects.toMatchObject({ text: { key: 'mediaCorrupt' } });
  });

  it('says which media is missing or shorter than announced, instead of writing fewer bytes', async () => {
    const asset = course.document.media[0]!;
    const copier = await started();
    await expect(copier.copy({ ...requestOf(asset), sha256: 'f'.repeat(64) }, targetFile('missing.copy').target, () => {}, damaged)).rejects.toMatchObject({
      code: 'not-found',
      text: { key: 'notFoundMediaContent' },
    });
    await expect(copier.copy({ ...requestOf(asset), size: asset.size + 1 }, targetFile('short.copy').target, () => {}, damaged)).rejects.toMatchObject({
      code: 'corrupt-project',
      text: { key: 'mediaShortRead' },
    });
  });

  it('stops at the next chunk when cancelled', async () => {
    const asset = course.document.media[0]!;
    const copier = await started();
    const { filePath, target } = targetFile('cancelled.copy');
    const copying = copier.copy(requestOf(asset), target, () => {}, damaged);
    copier.cancel();
    await expect(copying).rejects.toMatchObject({ code: 'cancelled' });
    expect(readFileSync(filePath).length).toBeLessThan(OFFSET + asset.size);
  });

  it('passes on the error that stopped the writing, with its code (a full disk is told apart this way)', async () => {
    const asset = course.document.media[0]!;
    const copier = await started();
    const { target } = targetFile('read-only.copy', 'r');
    await expect(copier.copy(requestOf(asset), target, () => {}, damaged)).rejects.toMatchObject({ code: 'EBADF' });
  });

  it('is not started on a file it cannot open: the export then streams the media itself', async () => {
    expect(await MediaCopyThread.start(path.join(dir, 'nowhere.spoc'))).toBeNull();
  });
});
