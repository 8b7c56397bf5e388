import { createHash, randomFillSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { importMediaFile, importMediaStream } from '../../../../electron/services/media/importMediaFile';
import { ProjectFile } from '../../../../electron/services/project/projectFile';
import { courseRows } from '../../../../electron/services/project/courseRows';
import { buildTemplate } from '../../../../electron/services/project/courseTemplates';
import { writePseudoRandomFile } from '../../../support/generateLargeCourse';

const MB = 1024 * 1024;
const FILE_MB = 24;
const video = { fileName: 'interview.mp4', mimeType: 'video/mp4', kind: 'video' as const };

let dir: string;
let project: ProjectFile;
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'spoc-import-memory-'));
  project = await ProjectFile.create(path.join(dir, 'course.spoc'), (created) =>
    created.transaction((db) => courseRows.course.insert(db, buildTemplate('blank', 'Media', 'fr').course)),
  );
});
afterEach(() => {
  project.close();
  rmSync(dir, { recursive: true, force: true });
});

/** An upload as the browser mode receives it: 64 KB pieces of ordinary memory (views of bytes allocated beforehand, so that the test itself allocates nothing). */
async function* uploadPieces(bytes: Buffer): AsyncIterable<Buffer> {
  for (let offset = 0; offset < bytes.length; offset += 64 * 1024) yield bytes.subarray(offset, offset + 64 * 1024);
}

it('keeps the memory of picked files and uploads flat, however many bytes are imported', async () => {
  const files: string[] = [];
  for (let index = 0; index < 4; index += 1) {
    files.push(path.join(dir, `video-${index}.mp4`));
    await writePseudoRandomFile(files[index]!, FILE_MB * MB, 40 + index);
  }
  const uploaded = Buffer.alloc(FILE_MB * MB);
  const base = process.memoryUsage().arrayBuffers;
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().arrayBuffers)), 2);
  try {
    // Twice over 96 MB of picked files and 96 MB of uploads: memory that grew with the bytes would pass 96 MB.
    for (const file of files) await importMediaFile(project, file, video);
    for (let index = 0; index < 4; index += 1) {
      randomFillSync(uploaded);
      const asset = await importMediaStream(project, uploadPieces(uploaded), 'upload.mp4', video);
      expect(asset.sha256).toBe(createHash('sha256').update(uploaded).digest('hex'));
    }
  } finally {
    clearInterval(sampler);
  }
  // At most what an import holds (32 MB unhashed, its reads) and the reused chunks of both sizes (capped at 96 MB).
  expect((peak - base) / MB).toBeLessThan(96);
});
