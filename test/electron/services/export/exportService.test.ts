import AdmZip from 'adm-zip';
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callApi } from '../../../../electron/services/callApi';
import { PACKAGE_SOURCE_PATH } from '../../../../shared/interchange/packageSource';
import { validateManifest } from '../../../conformance/xsd/validateManifest';
import type { createTestServices } from '../serviceHarness';
import { largeCourseToExport } from './largeCourseToExport';

let harness: ReturnType<typeof createTestServices>;

/** Services with a built-player stand-in and the benchmark course (smaller media) open. */
async function openCourse(mediaBytes: number) {
  const prepared = await largeCourseToExport(mediaBytes);
  harness = prepared.harness;
  await harness.api.openProject({});
  return prepared.course;
}

const zipsIn = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.zip'));

beforeEach(() => undefined);
afterEach(() => harness?.cleanup());

describe('export service', () => {
  it('exports the open course where the user chose and remembers the choices as export settings, not in the framing', async () => {
    await openCourse(3_000_000);
    const result = await harness.api.exportScorm({ version: '2004-4th', mode: 'module-packages' });
    expect(result).not.toBeNull();
    expect(path.basename(result!.path)).toBe('grand-parcours-managerial-banc-d-essai-weekly-packages-scorm2004');
    expect(result!.warnings.map((warning) => warning.key)).toContain('moodleRuleModulePackagesPassed');
    // One zip per module, side by side in the folder the user chose: LMSs refuse a zip of zips.
    expect(readdirSync(result!.path).filter((name) => name.endsWith('.zip'))).toHaveLength(20);
    expect(result!.packages.map((written) => path.dirname(written.path))).toEqual(Array(20).fill(result!.path));
    const first = new AdmZip(result!.packages[0]!.path);
    expect(path.basename(result!.packages[0]!.path)).toMatch(/^week-01-.+\.zip$/);
    expect(validateManifest(first.readAsText('imsmanifest.xml'), '2004-4th')).toBe('');

    const { course } = await harness.api.getCourseDocument({});
    expect(course).toMatchObject({ scormVersion: '2004-4th', packagingMode: 'course' });
    expect(await harness.api.getExportSettings({})).toEqual({ version: '2004-4th', mode: 'module-packages', lockModules: false, programmeCohortId: null, includeSource: true });
    expect(await harness.api.getExportProgress({})).toBeNull();
  });

  it('copies large media on a thread of its own into a zip any unzip reads, each media byte for byte', async () => {
    // 72 MB of media: past the size from which the export copies them off the main thread.
    const course = await openCourse(72 * 1024 * 1024);
    const source = (fileName: string) => readFileSync(path.join(course.mediaDir, fileName));
    const result = (await harness.api.exportScorm({ version: '1.2', mode: 'course' }))!;
    expect(spawnSync('unzip', ['-tq', result.path], { encoding: 'utf8' }).stdout).toMatch(/No errors detected/);
    const mediaEntries = new AdmZip(result.path).getEntries().filter((entry) => entry.entryName.startsWith('media/'));
    expect(mediaEntries).toHaveLength(course.document.media.length);
    for (const entry of mediaEntries) {
      const asset = course.document.media.find((candidate) => entry.entryName.includes(candidate.sha256))!;
      expect(entry.getData().equals(source(asset.fileName))).toBe(true);
    }
  });

  it('ships the course source by default and remembers a designer’s opt-out for the next exports', async () => {
    await openCourse(1_000_000);
    expect(await harness.api.getExportSettings({})).toMatchObject({ includeSource: true });
    const withSource = await harness.api.exportScorm({ version: '1.2', mode: 'course' });
    expect(new AdmZip(withSource!.path).getEntry(PACKAGE_SOURCE_PATH)).not.toBeNull();

    const without = await harness.api.exportScorm({ version: '1.2', mode: 'course', includeSource: false });
    expect(new AdmZip(without!.path).getEntry(PACKAGE_SOURCE_PATH)).toBeNull();
    expect(await harness.api.getExportSettings({})).toMatchObject({ includeSource: false });
    harness.restart();
    await harness.api.openProject({});
    expect(await harness.api.getExportSettings({})).toMatchObject({ version: '1.2', mode: 'course', includeSource: false });
  });

  it('reads export choices remembered when the source was opt-in with the source on: their "false" was only the old default', async () => {
    const course = await openCourse(1_000_000);
    harness.api.dispose();
    const db = new Database(course.projectPath);
    db.prepare('INSERT INTO project_settings (key, value) VALUES (?, ?)').run(
      'export.settings',
      JSON.stringify({ version: '1.2', mode: 'module-scos', lockModules: true, programmeCohortId: null, includeSource: false }),
    );
    db.close();
    harness.restart();
    await harness.api.openProject({});
    expect(await harness.api.getExportSettings({})).toEqual({ version: '1.2', mode: 'module-scos', lockModules: true, programmeCohortId: null, includeSource: true });
    // A choice made since replaces them for good.
    await harness.api.exportScorm({ version: '2004-4th', mode: 'course', includeSource: false });
    harness.restart();
    await harness.api.openProject({});
    expect(await harness.api.getExportSettings({})).toMatchObject({ version: '2004-4th', mode: 'course', includeSource: false });
  });

  it('remembers the choices without an undo step: undo still undoes the last edit', async () => {
    await openCourse(1_000_000);
    await harness.api.updateCourse({ patch: { targetLms: 'Talent LMS' } });
    const before = await harness.api.getHistory({});
    expect(before).toMatchObject({ canUndo: true, undoLabel: 'updateCourse' });
    await harness.api.exportScorm({ version: '1.2', mode: 'course', lockModules: false, includeSource: false });
    expect(await harness.api.getHistory({})).toEqual(before);
    await harness.api.undo({});
    expect(await harness.api.getHistory({})).toMatchObject({ canUndo: false });
    expect(await harness.api.getExportSettings({})).toMatchObject({ version: '1.2', includeSource: false });
  });

  it('starts from the framing’s target until a first export, and keeps the export settings out of undo', async () => {
    await openCourse(1_000_000);
    expect(await harness.api.getExportSettings({})).toMatchObject({ version: '2004-4th', mode: 'course' });
    await harness.api.updateCourse({ patch: { targetLms: 'Talent LMS', scormVersion: '1.2' } });
    expect(await harness.api.getExportSettings({})).toMatchObject({ version: '1.2', mode: 'course' });
    await harness.api.exportScorm({ version: '2004-3rd', mode: 'course' });
    expect((await harness.api.getCourseDocument({})).course.scormVersion).toBe('1.2');

    await harness.api.undo({});
    expect((await harness.api.getCourseDocument({})).course).toMatchObject({ targetLms: 'Moodle', scormVersion: '2004-4th' });
    expect(await harness.api.getExportSettings({})).toMatchObject({ version: '2004-3rd', mode: 'course' });
  });

  it('returns null and writes nothing when the user cancels the save dialog', async () => {
    await openCourse(1_000_000);
    const before = await harness.api.getCourseDocument({});
    harness.answers.exportPath = null;

    const result = await harness.api.exportScorm({ version: '1.2', mode: 'course' });

    expect(result).toBeNull();
    expect(harness.answers.suggestedExportNames).toEqual(['grand-parcours-managerial-banc-d-essai-scorm12.zip']);
    expect(readdirSync(harness.root, { recursive: true }).filter((name) => String(name).endsWith('.zip'))).toEqual([]);
    expect(await harness.api.getExportProgress({})).toBeNull();
    expect((await harness.api.getCourseDocument({})).course).toEqual(before.course);
    // Cancelling leaves nothing half-done: the next export runs.
    harness.answers.exportPath = undefined;
    expect(await harness.api.exportScorm({ version: '1.2', mode: 'course' })).not.toBeNull();
  });

  it('checks the course before exporting and explains what blocks it', async () => {
    await openCourse(1_000_000);
    const notices = await harness.api.checkScormExport({ version: '2004-3rd', mode: 'module-scos', lockModules: true });
    expect(notices.filter((notice) => notice.severity === 'error').map((notice) => notice.key)).toEqual(['lockNeeds4thEdition']);
    await expect(harness.api.exportScorm({ version: '2004-3rd', mode: 'module-scos', lockModules: true })).rejects.toMatchObject({ code: 'invalid-input' });
    expect(zipsIn(harness.root)).toEqual([]);
  });

  it('plans the packages once per course version and options to check an LMS’s size and name limits', async () => {
    await openCourse(1_000_000);
    await harness.api.updateCourse({ patch: { targetLms: 'CrossKnowledge' } });
    const options = { version: '1.2', mode: 'module-packages' } as const;
    const first = await harness.api.checkScormExport(options);
    expect(await harness.api.checkScormExport({ version: '1.2', mode: 'course' })).not.toBe(first);
    // The same course and options: the same answer, not planned again.
    expect(await harness.api.checkScormExport(options)).toBe(first);
    await harness.api.updateCourse({ patch: { title: 'Parcours renommé' } });
    const renamed = await harness.api.checkScormExport(options);
    expect(renamed).not.toBe(first);
    expect(renamed).toEqual(first);
  });

  it('validates its input through the contract', async () => {
    await openCourse(1_000_000);
    const wrongVersion = await callApi(harness.api, 'exportScorm', { version: '2004', mode: 'course' });
    expect(wrongVersion).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const extraField = await callApi(harness.api, 'exportScorm', { version: '1.2', mode: 'course', path: '/etc/passwd' });
    expect(extraField).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('cancels an export whose Cancel arrives before it has started writing (while it plans or asks where to save)', async () => {
    await openCourse(3_000_000);
    const running = harness.api.exportScorm({ version: '1.2', mode: 'course' });
    expect(await harness.api.cancelScormExport({})).toBe(true);
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
    expect(readdirSync(harness.root).filter((name) => name.includes('.zip'))).toEqual([]);
    expect(await harness.api.getExportProgress({})).toBeNull();
  });

  it('shows progress, refuses a second export meanwhile, and cancels without leaving a file', async () => {
    await openCourse(120_000_000);
    const running = harness.api.exportScorm({ version: '1.2', mode: 'course' });
    let progress = await harness.api.getExportProgress({});
    while (!progress) {
      await new Promise((resolve) => setImmediate(resolve));
      progress = await harness.api.getExportProgress({});
    }
    await expect(harness.api.exportScorm({ version: '1.2', mode: 'course' })).rejects.toMatchObject({ code: 'conflict' });
    expect(await harness.api.cancelScormExport({})).toBe(true);
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
    expect(readdirSync(harness.root).filter((name) => name.includes('.zip'))).toEqual([]);
    expect(await harness.api.cancelScormExport({})).toBe(false);
    const { course } = await harness.api.getCourseDocument({});
    expect(course.packagingMode).toBe('course');
    expect(course.scormVersion).toBe('2004-4th');
  });
});
