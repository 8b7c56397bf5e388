import AdmZip from 'adm-zip';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeScormExport, type ExportProgress, type MediaSource } from '../../../../electron/services/export/writeScormExport';
import { AppError } from '../../../../shared/api/appError';
import { buildPackagePlan } from '../../../../shared/export/buildPackagePlan';
import { ExportOptionsSchema, type ExportOptionsInput } from '../../../../shared/export/exportOptions';
import type { CourseDocument } from '../../../../shared/model/courseDocument';
import { validateManifest } from '../../../conformance/xsd/validateManifest';
import { exportCourseFixture, fixturePlayerAssets } from '../../../shared/export/exportCourseFixture';
import { withMediaBytes } from './mediaFixture';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(path.join(tmpdir(), 'spoc-export-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const planOf = (doc: CourseDocument, options: ExportOptionsInput) => buildPackagePlan(doc, ExportOptionsSchema.parse(options), fixturePlayerAssets);
const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

describe('writeScormExport', () => {
  it('writes a zip any unzip tool reads: manifest at the root, media stored byte for byte, text deflated', async () => {
    const { doc, media, bytes } = withMediaBytes(exportCourseFixture());
    const plan = planOf(doc, { version: '1.2', mode: 'course' });
    const outputPath = path.join(dir, plan.fileName);
    const result = await writeScormExport(plan, { outputPath, media });

    const size = readFileSync(outputPath).length;
    expect(result).toEqual({ path: outputPath, bytes: size, files: plan.packages[0]!.files.length, packages: [{ path: outputPath, bytes: size }] });
    expect(spawnSync('unzip', ['-tq', outputPath], { encoding: 'utf8' }).stdout).toMatch(/No errors detected/);
    const zip = new AdmZip(outputPath);
    const entries = zip.getEntries();
    expect(entries.map((entry) => entry.entryName)).toEqual(plan.packages[0]!.files.map((file) => file.path));
    for (const asset of doc.media) {
      const entry = zip.getEntry(`media/${asset.sha256}.${asset.fileName.split('.').pop()}`)!;
      expect(entry.header.method).toBe(0);
      expect(entry.getData().equals(bytes.get(asset.sha256)!)).toBe(true);
    }
    const manifest = zip.getEntry('imsmanifest.xml')!;
    expect(manifest.header.method).toBe(8);
    expect(validateManifest(manifest.getData().toString('utf8'), '1.2')).toBe('');
    expect(zip.readAsText('sco-1/index.html')).toContain('<title>OPTIMANAGER – Manager d’équipe</title>');
    expect(readdirSync(dir)).toEqual([plan.fileName]);
  });

  it('gives the same bytes for the same course and options', async () => {
    const { doc, media } = withMediaBytes(exportCourseFixture());
    const plan = planOf(doc, { version: '2004-4th', mode: 'module-scos' });
    await writeScormExport(plan, { outputPath: path.join(dir, 'a.zip'), media });
    await writeScormExport(planOf(structuredClone(doc), { version: '2004-4th', mode: 'module-scos' }), { outputPath: path.join(dir, 'b.zip'), media });
    expect(sha256(readFileSync(path.join(dir, 'a.zip')))).toBe(sha256(readFileSync(path.join(dir, 'b.zip'))));
  });

  it('deflates a text made in pieces to the very bytes of deflating it whole, even a pair of surrogates split between pieces', async () => {
    // Pieces longer than a batch, multi-byte characters across batch ends, a pair split between pieces, lone surrogates (the last one ending the text).
    const pieces = () => ['window.X = "', 'é'.repeat(70_000), 'a'.repeat(65_535), '\ud83d', '\ude00 — fin"', 'x'.repeat(200_000), '€'.repeat(150_001), '\ud83d', 'z\ude00', ';\n\ud83d'];
    const whole = pieces().join('');
    const file = { path: 'sco-1/course-data.js', kind: 'text' as const, content: whole };
    Object.defineProperty(file, 'pieces', { value: pieces });
    const tiny = { path: 'tiny.txt', kind: 'text' as const, content: 'ok' };
    const outputPath = path.join(dir, 'text.zip');
    await writeScormExport({ fileName: 'text.zip', intoFolder: false, notices: [], packages: [{ fileName: 'text.zip', files: [file, tiny] }] }, { outputPath, media: { openMediaStream: () => [] } });
    const zip = new AdmZip(outputPath);
    const entry = zip.getEntry('sco-1/course-data.js')!;
    expect(entry.getCompressedData().equals(deflateRawSync(Buffer.from(whole, 'utf8'), { level: 9 }))).toBe(true);
    expect(entry.getData().equals(Buffer.from(whole, 'utf8'))).toBe(true);
    // Deflating two bytes would make them longer: kept stored.
    expect(zip.getEntry('tiny.txt')!.header.method).toBe(0);
    expect(zip.readAsText('tiny.txt')).toBe('ok');
    expect(spawnSync('unzip', ['-tq', outputPath], { encoding: 'utf8' }).stdout).toMatch(/No errors detected/);
  });

  it('writes one package per module as separate zips in a folder (never a zip of zips), each with its manifest at its root', async () => {
    const { doc, media } = withMediaBytes(exportCourseFixture({ moduleCount: 3 }));
    const plan = planOf(doc, { version: '2004-4th', mode: 'module-packages' });
    const outputPath = path.join(dir, plan.fileName);
    const result = await writeScormExport(plan, { outputPath, media });
    const names = ['week-01-module-1-communiquer.zip', 'week-02-module-2-communiquer.zip', 'week-03-module-3-communiquer.zip'];
    expect(readdirSync(outputPath).sort()).toEqual(names);
    expect(result.packages.map((written) => written.path)).toEqual(names.map((name) => path.join(outputPath, name)));
    for (const name of names) {
      const zipPath = path.join(outputPath, name);
      expect(spawnSync('unzip', ['-tq', zipPath], { encoding: 'utf8' }).stdout).toMatch(/No errors detected/);
      const zip = new AdmZip(zipPath);
      expect(zip.getEntries().some((entry) => entry.entryName.endsWith('.zip'))).toBe(false);
      expect(validateManifest(zip.readAsText('imsmanifest.xml'), '2004-4th')).toBe('');
      expect(zip.getEntries().filter((file) => file.entryName.endsWith('index.html'))).toHaveLength(1);
    }
  });

  it('removes the zips it wrote when a later module fails', async () => {
    const { doc, media } = withMediaBytes(exportCourseFixture({ moduleCount: 3 }));
    const plan = planOf(doc, { version: '2004-4th', mode: 'module-packages' });
    const outputPath = path.join(dir, plan.fileName);
    // A folder where the last zip should go: the first two are written, the third cannot be.
    const blocker = path.join(outputPath, plan.packages[2]!.fileName);
    mkdirSync(path.join(blocker, 'occupied'), { recursive: true });
    await expect(writeScormExport(plan, { outputPath, media })).rejects.toMatchObject({ code: 'file-error' });
    expect(readdirSync(outputPath), 'the first two zips, written, are removed').toEqual([plan.packages[2]!.fileName]);
  });

  it('reports progress up to the total size', async () => {
    const { doc, media } = withMediaBytes(exportCourseFixture(), (index) => 2_000_000 + index);
    const slowMedia: MediaSource = {
      async *openMediaStream(sha) {
        for await (const chunk of media.openMediaStream(sha)) {
          await new Promise((resolve) => setTimeout(resolve, 60));
          yield chunk;
        }
      },
    };
    const seen: ExportProgress[] = [];
    const result = await writeScormExport(planOf(doc, { version: '1.2', mode: 'course' }), { outputPath: path.join(dir, 'p.zip'), media: slowMedia, onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.map((p) => p.writtenBytes)).toEqual([...seen.map((p) => p.writtenBytes)].sort((a, b) => a - b));
    expect(seen.at(-1)).toMatchObject({ writtenBytes: result.bytes, totalBytes: result.bytes });
    expect(seen.some((p) => p.currentFile.startsWith('media/'))).toBe(true);
  });

  it('leaves nothing behind, and an older export untouched, when cancelled midway', async () => {
    const { doc, media } = withMediaBytes(exportCourseFixture(), () => 3_000_000);
    const outputPath = path.join(dir, 'course.zip');
    writeFileSync(outputPath, 'previous export');
    const controller = new AbortController();
    const cancelling: MediaSource = {
      async *openMediaStream(sha) {
        for await (const chunk of media.openMediaStream(sha)) {
          yield chunk;
          controller.abort();
        }
      },
    };
    const attempt = writeScormExport(planOf(doc, { version: '1.2', mode: 'course' }), { outputPath, media: cancelling, signal: controller.signal });
    await expect(attempt).rejects.toMatchObject({ code: 'cancelled' });
    expect(readdirSync(dir)).toEqual(['course.zip']);
    expect(readFileSync(outputPath, 'utf8')).toBe('previous export');
  });

  it('still cancels when Cancel arrives once every byte is written (while the zip is finished, synced and renamed)', async () => {
    const { doc, media } = withMediaBytes(exportCourseFixture(), () => 3_000_000);
    const outputPath = path.join(dir, 'course.zip');
    const controller = new AbortController();
    // Every progress tick is reported (not one per 100 ms), so the one that reads 100 % is seen.
    let clock = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => (clock += 1_000));
    const cancelAtTheEnd = (progress: ExportProgress) => {
      if (progress.writtenBytes === progress.totalBytes && progress.totalBytes > 0) controller.abort();
    };
    try {
      const attempt = writeScormExport(planOf(doc, { version: '1.2', mode: 'course' }), { outputPath, media, signal: controller.signal, onProgress: cancelAtTheEnd });
      await expect(attempt).rejects.toMatchObject({ code: 'cancelled' });
    } finally {
      vi.restoreAllMocks();
    }
    expect(controller.signal.aborted).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails cleanly when the media store breaks or gives the wrong number of bytes', async () => {
    const { doc, media, bytes } = withMediaBytes(exportCourseFixture());
    const outputPath = path.join(dir, 'course.zip');
    const broken: MediaSource = {
      async *openMediaStream() {
        yield Buffer.alloc(10);
        throw new Error('database disk image is malformed');
      },
    };
    await expect(writeScormExport(planOf(doc, { version: '1.2', mode: 'course' }), { outputPath, media: broken })).rejects.toThrow(/Cannot write the export[\s\S]*malformed/);
    const first = doc.media[0]!;
    bytes.set(first.sha256, bytes.get(first.sha256)!.subarray(1));
    const short = writeScormExport(planOf(doc, { version: '1.2', mode: 'course' }), { outputPath, media });
    await expect(short).rejects.toMatchObject({ code: 'corrupt-project' });
    await expect(short).rejects.toThrow(/should hold \d+ bytes but the project gave \d+/);
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(outputPath)).toBe(false);
  });

  it('says where it cannot write', async () => {
    const { doc, media } = withMediaBytes(exportCourseFixture());
    const attempt = writeScormExport(planOf(doc, { version: '1.2', mode: 'course' }), { outputPath: path.join(dir, 'missing', 'course.zip'), media });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toThrow(/Cannot write in .*missing.*Choose/);
  });

  it('refuses an export past the zip format limit before writing anything', async () => {
    const { doc, media } = withMediaBytes(exportCourseFixture());
    doc.media[1]!.size = 5 * 1024 ** 3;
    await expect(writeScormExport(planOf(doc, { version: '1.2', mode: 'course' }), { outputPath: path.join(dir, 'big.zip'), media })).rejects.toThrow(/4 GiB/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
