import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/api/appError';
import { compactProject, reclaimFreePagesIfNeeded } from '../../../../electron/services/media/compactProject';
import { MEDIA_CHUNK_SIZE, importMediaFile } from '../../../../electron/services/media/importMediaFile';
import { mediaChunks, openMediaStream } from '../../../../electron/services/media/openMediaStream';
import { mediaStoreDirFor } from '../../../../electron/services/media/mediaStore';
import { ProjectFile } from '../../../../electron/services/project/projectFile';
import { courseRows } from '../../../../electron/services/project/courseRows';
import { buildTemplate } from '../../../../electron/services/project/courseTemplates';
import { writePseudoRandomFile } from '../../../support/generateLargeCourse';

let dir: string;
let project: ProjectFile;
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'spoc-media-'));
  project = await ProjectFile.create(path.join(dir, 'course.spoc'), (created) =>
    created.transaction((db) => courseRows.course.insert(db, buildTemplate('blank', 'Media', 'fr').course)),
  );
});
afterEach(() => {
  project.close();
  rmSync(dir, { recursive: true, force: true });
});

async function checksums(stream: NodeJS.ReadableStream): Promise<{ sha256: string; crc32: number; size: number; largestPiece: number }> {
  const hash = createHash('sha256');
  let checksum = 0;
  let size = 0;
  let largestPiece = 0;
  for await (const piece of stream as AsyncIterable<Buffer>) {
    hash.update(piece);
    checksum = crc32(piece, checksum);
    size += piece.length;
    largestPiece = Math.max(largestPiece, piece.length);
  }
  return { sha256: hash.digest('hex'), crc32: checksum, size, largestPiece };
}

const video = { fileName: 'interview.mp4', mimeType: 'video/mp4', kind: 'video' as const };
const count = (sql: string) => project.db.prepare(sql).pluck().get() as number;
const storeDir = () => mediaStoreDirFor(project.path);

describe('media store', () => {
  it('imports a 50 MB file as 1 MB chunks with its SHA-256, CRC-32 and size, and streams it back identical', async () => {
    const filePath = path.join(dir, 'interview.mp4');
    const size = 50 * MEDIA_CHUNK_SIZE + 12_345;
    await writePseudoRandomFile(filePath, size, 7);
    const expected = await checksums(createReadStream(filePath));

    const asset = await importMediaFile(project, filePath, video);
    expect(asset).toMatchObject({ sha256: expected.sha256, crc32: expected.crc32, size, fileName: 'interview.mp4', kind: 'video' });
    // Read back from the store beside the file, then from the file once folded: the same bytes.
    expect(readdirSync(storeDir())).toEqual([asset.sha256]);
    expect(await checksums(openMediaStream(project.db, asset.sha256))).toMatchObject({ sha256: expected.sha256, crc32: expected.crc32, size, largestPiece: MEDIA_CHUNK_SIZE });

    project.foldPendingMedia();
    expect(count('SELECT COUNT(*) FROM media_chunks')).toBe(51);
    expect(count('SELECT MAX(length(data)) FROM media_chunks')).toBe(MEDIA_CHUNK_SIZE);
    expect(existsSync(storeDir())).toBe(false);
    const streamed = await checksums(openMediaStream(project.db, asset.sha256));
    expect(streamed).toMatchObject({ sha256: expected.sha256, crc32: expected.crc32, size });
    expect(streamed.largestPiece).toBeLessThanOrEqual(MEDIA_CHUNK_SIZE);
    // The open-time check's reading: every chunk read by SQLite, only its last byte handed back.
    const chunks = [...mediaChunks(project.db, asset.sha256)];
    expect([...mediaChunks(project.db, asset.sha256, { lastBytesOnly: true })]).toEqual(chunks.map((chunk) => chunk.subarray(-1)));
  });

  it('writes media bytes once on import, into the store, and once more when folded, straight into the file: none go through the WAL', async () => {
    const filePath = path.join(dir, 'lecture.mp4');
    await writePseudoRandomFile(filePath, 20 * MEDIA_CHUNK_SIZE, 11);
    project.db.pragma('wal_checkpoint(TRUNCATE)');
    const walBytes = () => statSync(`${project.path}-wal`, { throwIfNoEntry: false })?.size ?? 0;
    const fileBytes = statSync(project.path).size;

    const asset = await importMediaFile(project, filePath, video);
    expect(walBytes()).toBeLessThan(MEDIA_CHUNK_SIZE);
    expect(statSync(project.path).size - fileBytes).toBeLessThan(MEDIA_CHUNK_SIZE);
    expect(statSync(path.join(storeDir(), asset.sha256)).size).toBe(20 * MEDIA_CHUNK_SIZE);

    project.foldPendingMedia();
    expect(walBytes()).toBeLessThan(MEDIA_CHUNK_SIZE);
    expect(statSync(project.path).size - fileBytes).toBeGreaterThanOrEqual(20 * MEDIA_CHUNK_SIZE);
    expect(project.db.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('stores the same bytes once however many times they are imported', async () => {
    const filePath = path.join(dir, 'photo.jpg');
    await writePseudoRandomFile(filePath, 3 * MEDIA_CHUNK_SIZE, 3);
    const photo = { fileName: 'photo.jpg', mimeType: 'image/jpeg', kind: 'image' as const };
    const first = await importMediaFile(project, filePath, photo, { reuseExistingAsset: true });
    const again = await importMediaFile(project, filePath, photo, { reuseExistingAsset: true });
    expect(again).toEqual(first);
    const renamed = await importMediaFile(project, filePath, { ...photo, fileName: 'same-photo.jpg' });
    expect(renamed.id).not.toBe(first.id);
    expect(count('SELECT COUNT(*) FROM media_assets')).toBe(2);
    expect(count('SELECT COUNT(*) FROM media_contents')).toBe(1);
    expect(readdirSync(storeDir())).toEqual([first.sha256]);
    project.foldPendingMedia();
    expect(count('SELECT COUNT(*) FROM media_chunks')).toBe(3);
    // Imported again once folded: the bytes are not kept a second time.
    await importMediaFile(project, filePath, { ...photo, fileName: 'third.jpg' });
    expect(readdirSync(storeDir())).toEqual([]);
    expect(count('SELECT COUNT(*) FROM media_chunks')).toBe(3);
  });

  it('imports an empty file', async () => {
    const filePath = path.join(dir, 'empty.vtt');
    writeFileSync(filePath, '');
    const asset = await importMediaFile(project, filePath, { fileName: 'empty.vtt', mimeType: 'text/vtt', kind: 'captions' });
    expect(asset).toMatchObject({ size: 0, crc32: 0, sha256: createHash('sha256').digest('hex') });
    expect((await checksums(openMediaStream(project.db, asset.sha256))).size).toBe(0);
  });

  it('refuses a file whose hash differs from the expected one and keeps nothing of it', async () => {
    const filePath = path.join(dir, 'tampered.mp4');
    await writePseudoRandomFile(filePath, 2 * MEDIA_CHUNK_SIZE, 1);
    await expect(importMediaFile(project, filePath, video, { expectedSha256: 'f'.repeat(64) })).rejects.toMatchObject({
      code: 'file-error',
      message: expect.stringContaining('tampered.mp4'),
    });
    expect(count('SELECT COUNT(*) FROM media_chunks')).toBe(0);
    expect(count('SELECT COUNT(*) FROM media_contents')).toBe(0);
    expect(readdirSync(storeDir())).toEqual([]);
  });

  it('says which file is missing', async () => {
    await expect(importMediaFile(project, path.join(dir, 'nowhere.mp4'), video)).rejects.toMatchObject({
      code: 'file-error',
      message: expect.stringContaining('nowhere.mp4'),
    });
  });

  it('drops the chunks of an import the app never finished when the project is opened again', async () => {
    const pending = project.db.prepare('INSERT INTO media_contents (sha256) VALUES (NULL)').run().lastInsertRowid;
    project.db.prepare('INSERT INTO media_chunks (content_id, chunk_index, data) VALUES (?, 0, ?)').run(pending, Buffer.alloc(1000));
    const filePath = project.path;
    project.close();
    project = ProjectFile.open(filePath);
    expect(count('SELECT COUNT(*) FROM media_chunks')).toBe(0);
  });

  it('reports unknown media and a missing chunk instead of a short stream', async () => {
    expect(() => openMediaStream(project.db, '0'.repeat(64))).toThrow(AppError);
    const filePath = path.join(dir, 'clip.mp4');
    await writePseudoRandomFile(filePath, 3 * MEDIA_CHUNK_SIZE, 2);
    const asset = await importMediaFile(project, filePath, video);
    project.foldPendingMedia();
    project.db.prepare('DELETE FROM media_chunks WHERE chunk_index = 1').run();
    await expect(checksums(openMediaStream(project.db, asset.sha256))).rejects.toMatchObject({ code: 'corrupt-project' });
  });

  it('gives deleted media space back: automatically past a threshold, fully on compaction', async () => {
    const filePath = path.join(dir, 'big.mp4');
    await writePseudoRandomFile(filePath, 20 * MEDIA_CHUNK_SIZE, 4);
    const pageSize = project.db.pragma('page_size', { simple: true }) as number;
    const bytes = () => (project.db.pragma('page_count', { simple: true }) as number) * pageSize;
    const bytesWithoutMedia = bytes();
    const asset = await importMediaFile(project, filePath, video);
    project.foldPendingMedia();
    expect(bytes()).toBeGreaterThan(bytesWithoutMedia + 20 * MEDIA_CHUNK_SIZE);
    project.transaction((db) => {
      db.prepare('DELETE FROM media_assets WHERE id = ?').run(asset.id);
      db.prepare('DELETE FROM media_contents WHERE sha256 = ?').run(asset.sha256);
    });
    expect(reclaimFreePagesIfNeeded(project.db)).toBe(true);
    expect(bytes()).toBeLessThan(bytesWithoutMedia + MEDIA_CHUNK_SIZE);
    const result = compactProject(project.db);
    expect(result.bytesAfter).toBeLessThanOrEqual(result.bytesBefore);
    expect(statSync(project.path).size).toBeLessThan(bytesWithoutMedia + MEDIA_CHUNK_SIZE);
    expect(project.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
