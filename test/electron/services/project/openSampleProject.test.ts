import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callApi } from '../../../../electron/services/callApi';
import { buildTemplate } from '../../../../electron/services/project/courseTemplates';
import { courseToFolderFiles } from '../../../../shared/interchange/courseFolder';
import { COURSE_DOCUMENT_FORMAT, type CourseDocument } from '../../../../shared/model/courseDocument';
import { createTestServices } from '../serviceHarness';

let harness: ReturnType<typeof createTestServices>;
afterEach(() => harness?.cleanup());

const repositoryRoot = path.resolve(__dirname, '../../../..');

/** A small sample in the bundled layout: samples/optimanager/ as a course folder (spoc unpack's). */
function writeSample(resourcesDir: string, imageBytes: Buffer): CourseDocument {
  const sampleDir = path.join(resourcesDir, 'samples', 'optimanager');
  mkdirSync(path.join(sampleDir, 'media'), { recursive: true });
  writeFileSync(path.join(sampleDir, 'media', 'schema.svg'), imageBytes);
  const template = buildTemplate('four-weekly-modules', 'OPTIMANAGER', 'fr');
  const doc: CourseDocument = {
    format: COURSE_DOCUMENT_FORMAT,
    course: template.course,
    objectives: [],
    modules: template.modules,
    capsules: template.capsules,
    quizzes: [],
    questions: [],
    media: [
      {
        id: '01900000-0000-7000-8000-0000000000aa',
        sha256: createHash('sha256').update(imageBytes).digest('hex'),
        fileName: 'schema.svg',
        mimeType: 'image/svg+xml',
        kind: 'image',
        size: imageBytes.length,
        crc32: 0,
        durationSeconds: null,
        width: 10,
        height: 10,
        createdAt: '2026-01-01T00:00:00.000Z',
      },
    ],
    cohorts: [],
    liveSessions: [],
    weeks: [],
  };
  writeSampleFolder(sampleDir, doc);
  return doc;
}

function writeSampleFolder(sampleDir: string, doc: CourseDocument): void {
  for (const file of courseToFolderFiles(doc)) {
    mkdirSync(path.dirname(path.join(sampleDir, file.path)), { recursive: true });
    writeFileSync(path.join(sampleDir, file.path), file.text);
  }
}

describe('sample project', () => {
  it('opens a copy of the sample in the workspace, reuses it while unchanged, and makes a new one once edited', async () => {
    harness = createTestServices();
    const resourcesDir = path.join(harness.root, 'resources');
    harness.restart();
    const doc = writeSample(resourcesDir, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'));
    const first = await harness.api.openSampleProject({});
    expect(first.fileName).toBe('optimanager-exemple.spoc');
    const opened = await harness.api.getCourseDocument({});
    expect(opened.modules).toEqual(doc.modules);
    expect(opened.media[0]).toMatchObject({ id: doc.media[0]!.id, sha256: doc.media[0]!.sha256 });

    const api = harness.restart();
    expect((await api.openSampleProject({})).path).toBe(first.path);
    await api.addModule({ title: 'Ajout du designer' });
    const second = await api.openSampleProject({});
    expect(second.fileName).toBe('optimanager-exemple-2.spoc');
    expect((await api.getOutline({})).modules).toHaveLength(4);
    expect((await api.listProjects({})).map((project) => path.basename(project.path)).sort()).toEqual([
      'optimanager-exemple-2.spoc',
      'optimanager-exemple.spoc',
    ]);
  });

  it('refuses a sample whose media file does not match its hash, leaving no project behind', async () => {
    harness = createTestServices();
    const resourcesDir = path.join(harness.root, 'resources');
    writeSample(resourcesDir, Buffer.from('original'));
    writeFileSync(path.join(resourcesDir, 'samples/optimanager/media/schema.svg'), 'tampered');
    const result = await callApi(harness.api, 'openSampleProject', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'file-error', message: expect.stringContaining('schema.svg') } });
    expect(readdirSync(harness.workspaceDir)).toEqual([]);
  });

  it('refuses media file names that try to leave the media folder', async () => {
    harness = createTestServices();
    const resourcesDir = path.join(harness.root, 'resources');
    const doc = writeSample(resourcesDir, Buffer.from('x'));
    doc.media[0]!.fileName = '../../../../etc/passwd';
    writeSampleFolder(path.join(resourcesDir, 'samples/optimanager'), doc);
    const result = await callApi(harness.api, 'openSampleProject', {});
    // The folder reader refuses it before anything is written, naming media.json and its line.
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/media\.json, line \d+: .*plain file name/) } });
    expect(readdirSync(harness.workspaceDir)).toEqual([]);
  });

  it('opens the bundled OPTIMANAGER sample', async () => {
    harness = createTestServices({ resourcesDir: path.join(repositoryRoot, 'resources') });
    const summary = await harness.api.openSampleProject({});
    expect(summary.title).toContain('OPTIMANAGER');
    const outline = await harness.api.getOutline({});
    expect(outline.modules.length).toBeGreaterThanOrEqual(4);
  });
});
