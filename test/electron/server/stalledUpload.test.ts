import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningServer } from '../../../electron/server/startHttpServer';
import { uploadedMediaPlaces } from '../../../electron/server/uploadedMediaPlaces';
import { fakeAppApi } from './fakeAppApi';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2_000, 7)]);

describe('media uploads in browser mode', () => {
  let server: RunningServer;
  const imported: string[] = [];
  const began: string[] = [];

  beforeAll(async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'spoc-stall-'));
    mkdirSync(path.join(root, 'renderer'));
    writeFileSync(path.join(root, 'renderer', 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    const places = uploadedMediaPlaces({ chooseNewProjectPath: async () => null, chooseProjectToOpen: async () => null, chooseExportFolder: async () => null, chooseExportPath: async () => null });
    server = await startHttpServer({
      api: fakeAppApi().api,
      rendererDir: path.join(root, 'renderer'),
      exportsDir: root,
      uploadStallMs: 500,
      // The real queue: one upload imported at a time, each reading its own request body.
      uploadMedia: (upload) =>
        places.serve(upload, async () => {
          const [source] = (await places.places.chooseMediaToImport!()) ?? [];
          began.push(source!.fileName);
          let bytes = 0;
          try {
            for await (const chunk of source!.chunks()) bytes += chunk.length;
          } catch (error) {
            return { ok: false, error: { code: 'file-error', message: String(error) } };
          }
          imported.push(`${source!.fileName}:${bytes}`);
          return { ok: true, value: { imported: [] } };
        }),
    });
  });
  afterAll(() => server.close());

  function send(fileName: string, body: Buffer, declaredLength = body.length, end = true): Promise<number> {
    return new Promise((resolve) => {
      const req = request(`${server.url}media-upload`, {
        method: 'POST',
        headers: { 'content-type': 'image/png', 'content-length': declaredLength, 'x-spoc-token': server.token, 'x-spoc-file-name': encodeURIComponent(fileName) },
      }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', () => resolve(0));
      if (end) req.end(body);
      else req.write(body);
    });
  }

  it('drops an upload whose sender went silent, so the next one is imported at once', async () => {
    const stalled = send('silencieux.png', PNG.subarray(0, 100), PNG.length, false);
    await expect.poll(() => began).toEqual(['silencieux.png']);
    expect(await send('suivant.png', PNG)).toBe(200);
    expect(imported).toEqual([`suivant.png:${PNG.length}`]);
    await stalled;
  });
});
