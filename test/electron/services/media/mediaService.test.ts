import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../../electron/services/createServices';
import { mediaFileSourceOf } from '../../../../electron/services/media/mediaFileSourceOf';
import type { MediaFileSource, PlaceChooser } from '../../../../electron/services/serviceOptions';
import { AppError } from '../../../../shared/api/appError';
import type { AppApi } from '../../../../shared/api/contract';
import { mp4Header } from '../../../support/mp4Header';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 1)]);
const MP4_DATA_BYTES = 3 * 1024 * 1024 + 17;
const MP4 = Buffer.concat([mp4Header(32 + MP4_DATA_BYTES), Buffer.alloc(MP4_DATA_BYTES, 2)]);

let root: string;
let api: AppApi & { dispose(): void };
/** What the "dialog" answers next, as a user picking files would. */
let picked: MediaFileSource[] | null;

/** A source that hands the bytes over in uneven pieces, as a network upload does. */
function uploadOf(fileName: string, bytes: Buffer, pieceSize = 65_537): MediaFileSource {
  return {
    fileName,
    size: bytes.length,
    async *chunks() {
      for (let offset = 0; offset < bytes.length; offset += pieceSize) yield bytes.subarray(offset, offset + pieceSize);
    },
  };
}

beforeEach(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'spoc-media-service-'));
  mkdirSync(path.join(root, 'workspace'));
  picked = null;
  const places: PlaceChooser = {
    chooseNewProjectPath: async (suggested) => path.join(root, 'workspace', suggested),
    chooseProjectToOpen: async () => null,
    chooseExportPath: async (suggested) => path.join(root, suggested),
    chooseExportFolder: async (suggested) => path.join(root, suggested),
    chooseMediaToImport: async () => picked,
  };
  api = createServices({ mode: 'desktop', workspaceDir: path.join(root, 'workspace'), appDataDir: root, resourcesDir: root, places });
  await api.createProject({ title: 'Médias', language: 'fr', template: 'blank' });
});

afterEach(() => {
  api.dispose();
  rmSync(root, { recursive: true, force: true });
});

describe('closeProject with media still in the store beside the file', () => {
  it('folds them step by step with the app answering in between, and leaves one file holding them', async () => {
    const dataBytes = 70 * 1024 * 1024;
    picked = [uploadOf('long.mp4', Buffer.concat([mp4Header(32 + dataBytes), Buffer.alloc(dataBytes, 3)]), 1024 * 1024)];
    await api.importMedia({});
    const workspace = path.join(root, 'workspace');
    expect(readdirSync(workspace).some((name) => name.endsWith('-media'))).toBe(true);

    // Turns of the event loop while the project closes: a fold done at once in close() allows none.
    let turns = 0;
    let closed = false;
    const closing = api.closeProject({}).then(() => (closed = true));
    while (!closed) {
      await new Promise((resolve) => setImmediate(resolve));
      turns += 1;
    }
    await closing;
    expect(turns).toBeGreaterThan(2);
    const names = readdirSync(workspace);
    expect(names.filter((name) => name.endsWith('-media'))).toEqual([]);
    const projectFile = names.find((name) => name.endsWith('.spoc'))!;
    expect(statSync(path.join(workspace, projectFile)).size).toBeGreaterThan(dataBytes);
  });
});

describe('importMedia', () => {
  it('imports the picked files with the type their bytes confirm, re-cut into 1 MB chunks whatever the pieces', async () => {
    const moviePath = path.join(root, 'briefing.mp4');
    writeFileSync(moviePath, MP4);
    picked = [uploadOf('Schéma.png', PNG, 7), await mediaFileSourceOf(moviePath)];
    const { imported } = await api.importMedia({});
    expect(imported.map((asset) => [asset.fileName, asset.kind, asset.mimeType, asset.size])).toEqual([
      ['Schéma.png', 'image', 'image/png', PNG.length],
      ['briefing.mp4', 'video', 'video/mp4', MP4.length],
    ]);
    expect(imported[0]?.sha256).toBe(createHash('sha256').update(PNG).digest('hex'));
    expect(imported[1]?.sha256).toBe(createHash('sha256').update(MP4).digest('hex'));
    expect(imported.map((asset) => asset.crc32)).toEqual([crc32(PNG), crc32(MP4)]);
    const library = await api.listMediaLibrary({});
    expect(library.map((item) => item.asset.fileName).sort()).toEqual(['Schéma.png', 'briefing.mp4']);
  });

  it('imports nothing when the dialog is cancelled', async () => {
    picked = null;
    expect(await api.importMedia({})).toEqual({ imported: [] });
  });

  it('refuses a file whose bytes are not what its name says, and lists nothing of it', async () => {
    picked = [uploadOf('photo.png', Buffer.from('%PDF-1.7 not an image at all'))];
    const failure = await api.importMedia({}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).message).toContain('does not contain what its name says');
    expect(await api.listMediaLibrary({})).toEqual([]);
  });

  it('in a batch where a later file is refused, keeps the files written before it and nothing of the refused one', async () => {
    const other = Buffer.concat([mp4Header(32 + MP4_DATA_BYTES), Buffer.alloc(MP4_DATA_BYTES, 5)]);
    picked = [uploadOf('one.mp4', MP4), uploadOf('two.mp4', other), uploadOf('three.png', Buffer.from('%PDF-1.7 not an image at all'))];
    const failure = await api.importMedia({}).catch((error: unknown) => error);
    expect((failure as AppError).message).toContain('does not contain what its name says');
    expect((await api.listMediaLibrary({})).map((item) => item.asset.fileName).sort()).toEqual(['one.mp4', 'two.mp4']);
    const { path: projectPath } = (await api.getSession({})).project!;
    expect(readdirSync(`${projectPath}-media`).sort()).toEqual([createHash('sha256').update(MP4).digest('hex'), createHash('sha256').update(other).digest('hex')].sort());
  });

  it('refuses unknown types and path tricks before reading a byte', async () => {
    let read = false;
    const untouched = (fileName: string): MediaFileSource => ({
      fileName,
      size: 10,
      async *chunks() {
        read = true;
        yield Buffer.alloc(10);
      },
    });
    for (const name of ['virus.exe', '../../secret.png', 'dossier/photo.png', 'no-extension']) {
      picked = [untouched(name)];
      await expect(api.importMedia({}), name).rejects.toThrow(AppError);
    }
    expect(read).toBe(false);
  });

  it('refuses a file announced over the size limit', async () => {
    picked = [{ fileName: 'film.mp4', size: 3 * 1024 * 1024 * 1024, chunks: () => uploadOf('film.mp4', MP4).chunks() }];
    await expect(api.importMedia({})).rejects.toThrow(/larger than 2048 MB/);
  });

  it('reports its progress while it runs, and none after', async () => {
    const seen: Array<number> = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    picked = [
      {
        fileName: 'long.mp4',
        size: MP4.length,
        async *chunks() {
          yield MP4.subarray(0, 2 * 1024 * 1024);
          await gate;
          yield MP4.subarray(2 * 1024 * 1024);
        },
      },
    ];
    const running = api.importMedia({});
    // Each 1 MB is reported once written: wait until the 2 MB given before the gate are.
    for (let attempt = 0; attempt < 50 && !seen.includes(2 * 1024 * 1024); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      const progress = await api.getMediaImportProgress({});
      if (progress && progress.bytesDone > 0) seen.push(progress.bytesDone);
      if (progress) expect(progress).toMatchObject({ fileName: 'long.mp4', bytesTotal: MP4.length, fileIndex: 0, fileCount: 1 });
    }
    release();
    await running;
    expect(seen.at(-1)).toBe(2 * 1024 * 1024);
    expect(await api.getMediaImportProgress({})).toBeNull();
  });

  it('gives images a thumbnail as a data URL, and other kinds none', async () => {
    picked = [uploadOf('logo.png', PNG), uploadOf('clip.mp4', MP4)];
    const [image, video] = (await api.importMedia({})).imported;
    expect(await api.getMediaThumbnail({ id: image!.id })).toEqual({ dataUrl: `data:image/png;base64,${PNG.toString('base64')}` });
    expect(await api.getMediaThumbnail({ id: video!.id })).toBeNull();
  });
});
