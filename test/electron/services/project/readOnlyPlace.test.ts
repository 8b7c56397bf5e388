import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestServices } from '../serviceHarness';

let harness: ReturnType<typeof createTestServices>;
const undo: Array<() => void> = [];
afterEach(() => {
  for (const step of undo.splice(0).reverse()) step();
  harness?.cleanup();
});

const isRoot = process.getuid?.() === 0;
const run = (command: string, ...args: string[]) => execFileSync(command, args, { stdio: 'pipe' });

/** A project made in the workspace, closed, then copied to place (returns the copy's path). */
async function projectCopiedTo(place: string): Promise<string> {
  harness = createTestServices();
  const created = await harness.api.createProject({ title: 'En lecture', language: 'fr', template: 'four-weekly-modules' });
  await harness.api.closeProject({});
  const copy = path.join(place, path.basename(created!.path));
  copyFileSync(created!.path, copy);
  return copy;
}

async function expectOpenForReading(projectPath: string): Promise<void> {
  harness.answers.projectToOpen = projectPath;
  const opened = await harness.api.openProject({});
  expect(opened).toMatchObject({ readOnly: 'read-only-place', title: 'En lecture' });
  expect((await harness.api.getOutline({})).modules).toHaveLength(4);
  await expect(harness.api.addModule({ title: 'Encore' })).rejects.toMatchObject({ code: 'read-only', text: { key: 'projectReadOnly' } });
  const copy = await harness.api.saveProjectCopy({});
  expect(copy).toMatchObject({ readOnly: null, title: 'En lecture' });
  await harness.api.addModule({ title: 'Encore' });
}

describe('a project in a place that forbids writing', () => {
  it.skipIf(!isRoot)('opens for reading from a read-only mount, and a copy saved elsewhere can be edited (needs root for mount)', async () => {
    const mountPoint = mkdtempSync(path.join(tmpdir(), 'spoc-ro-mount-'));
    undo.push(() => rmSync(mountPoint, { recursive: true, force: true }));
    try {
      run('mount', '-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', mountPoint);
    } catch (error) {
      console.warn(`skipped: cannot mount a tmpfs here (${String(error)})`);
      return;
    }
    undo.push(() => run('umount', '-l', mountPoint));
    const projectPath = await projectCopiedTo(mountPoint);
    run('mount', '-o', 'remount,ro', mountPoint);
    await expectOpenForReading(projectPath);
    expect(readdirSync(mountPoint)).toEqual([path.basename(projectPath)]);
  });

  it.skipIf(!isRoot)('opens an immutable file for reading (needs root for chattr)', async () => {
    const place = mkdtempSync(path.join(tmpdir(), 'spoc-immutable-'));
    undo.push(() => rmSync(place, { recursive: true, force: true }));
    const projectPath = await projectCopiedTo(place);
    try {
      run('chattr', '+i', projectPath);
    } catch (error) {
      console.warn(`skipped: this file system has no immutable flag (${String(error)})`);
      return;
    }
    undo.push(() => run('chattr', '-i', projectPath));
    await expectOpenForReading(projectPath);
  });
});
