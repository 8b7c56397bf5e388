import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { mediaIdsIn } from '../../../../shared/authoring/mediaReferences';
import { overwriteMediaChunk } from '../../../support/damageProject';
import type { createTestServices } from '../serviceHarness';
import { largeCourseToExport } from './largeCourseToExport';

let harness: ReturnType<typeof createTestServices>;
afterEach(() => harness?.cleanup());

describe('export of a project whose media bytes were damaged', () => {
  // Small media are streamed on the main thread; from 64 MB on, the export copies them on a thread of its own.
  it.each([
    ['streamed', 3_000_000, 0],
    // A chunk past the first: the copy has written bytes by then, which must not be left behind.
    ['copied on the export’s thread', 72 * 1024 * 1024, 2],
  ])('stops with the media and the capsules using it named, and leaves no file, not even a partial one (%s)', async (_, mediaBytes, damagedChunk) => {
    const prepared = await largeCourseToExport(mediaBytes);
    harness = prepared.harness;
    const course = prepared.course;
    const damaged = course.document.media[1]!;
    const users = course.document.capsules.filter((capsule) => mediaIdsIn(capsule.content).has(damaged.id));
    expect(users.length).toBeGreaterThan(0);
    overwriteMediaChunk(course.projectPath, damaged.sha256, damagedChunk);

    await harness.api.openProject({});
    const before = readdirSync(harness.root).sort();
    const failure = await harness.api.exportScorm({ version: '1.2', mode: 'course' }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'corrupt-project', text: { key: 'mediaCorrupt' } });
    const message = (failure as Error).message;
    expect(message).toContain(damaged.fileName);
    for (const capsule of users) expect(message).toContain(capsule.title);
    expect(readdirSync(harness.root).sort()).toEqual(before);
  });
});
