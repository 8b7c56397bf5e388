import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { breakMediaPageChain, flipIndexEntry } from '../../../support/damageProject';
import { generateLargeCourse } from '../../../support/generateLargeCourse';
import { createTestServices } from '../serviceHarness';

let harness: ReturnType<typeof createTestServices>;
afterEach(() => harness?.cleanup());

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function damagedCourse(damage: (projectPath: string) => void) {
  harness = createTestServices();
  const courseDir = path.join(harness.root, 'course');
  mkdirSync(courseDir);
  const course = await generateLargeCourse({ dir: courseDir, mediaBytes: 4_000_000, mediaFileCount: 2 });
  damage(course.projectPath);
  harness.answers.projectToOpen = course.projectPath;
  return { course, before: sha(course.projectPath) };
}

describe('a damaged project', () => {
  it('opens read-only when an index disagrees with its table, refusing edits and leaving the file as it was', async () => {
    const { course, before } = await damagedCourse((file) => flipIndexEntry(file, 'modules_by_position'));
    const opened = await harness.api.openProject({});
    expect(opened?.readOnly).toBe('damaged');
    await expect(harness.api.addModule({ title: 'Encore' })).rejects.toMatchObject({ code: 'read-only', text: { key: 'projectReadOnly' } });
    expect((await harness.api.getSession({})).project?.readOnly).toBe('damaged');
    harness.api.closeProject({});
    expect(sha(course.projectPath)).toBe(before);
  });

  it('turns read-only once the background read finds a media it cannot read: the held edit is refused', async () => {
    const { course, before } = await damagedCourse(breakMediaPageChain);
    const opened = await harness.api.openProject({});
    expect(opened?.readOnly).toBeNull();
    await expect(harness.api.addModule({ title: 'Encore' })).rejects.toMatchObject({ code: 'read-only' });
    expect((await harness.api.getSession({})).project?.readOnly).toBe('damaged');
    await harness.api.closeProject({});
    expect(sha(course.projectPath)).toBe(before);
  });

  it('saves what can be saved as a new project that opens for editing, without the unreadable media', async () => {
    const { course } = await damagedCourse(breakMediaPageChain);
    await harness.api.openProject({});
    const copy = await harness.api.saveProjectCopy({});
    expect(copy).toMatchObject({ readOnly: null, title: course.document.course.title });
    expect(path.dirname(copy!.path)).toBe(harness.workspaceDir);
    const document = await harness.api.getCourseDocument({});
    expect(document.modules).toHaveLength(course.document.modules.length);
    expect(document.capsules).toHaveLength(course.document.capsules.length);
    expect(document.questions).toHaveLength(course.document.questions.length);
    expect(document.media.length).toBe(course.document.media.length - 1);
    await harness.api.addModule({ title: 'Encore' });
    expect((await harness.api.getOutline({})).modules.map((module) => module.title)).toContain('Encore');
  });
});
