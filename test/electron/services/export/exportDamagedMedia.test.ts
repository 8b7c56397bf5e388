import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mediaIdsIn } from '../../../../shared/authoring/mediaReferences';
import { fixturePlayerAssets } from '../../../shared/export/exportCourseFixture';
import { overwriteMediaChunk } from '../../../support/damageProject';
import { generateLargeCourse } from '../../../support/generateLargeCourse';
import { createTestServices } from '../serviceHarness';

let harness: ReturnType<typeof createTestServices>;
afterEach(() => harness?.cleanup());

describe('export of a project whose media bytes were damaged', () => {
  it('stops with the media and the capsules using it named, and leaves no file, not even a partial one', async () => {
    harness = createTestServices();
    const playerDir = path.join(harness.root, 'out', 'scorm-player');
    mkdirSync(playerDir, { recursive: true });
    writeFileSync(path.join(playerDir, 'player.js'), fixturePlayerAssets.script);
    writeFileSync(path.join(playerDir, 'player.css'), fixturePlayerAssets.style);
    writeFileSync(path.join(playerDir, 'sco.html'), fixturePlayerAssets.scoPage);
    const courseDir = path.join(harness.root, 'course');
    mkdirSync(courseDir);
    const course = await generateLargeCourse({ dir: courseDir, mediaBytes: 3_000_000, mediaFileCount: 3 });
    const damaged = course.document.media[1]!;
    const users = course.document.capsules.filter((capsule) => mediaIdsIn(capsule.content).has(damaged.id));
    expect(users.length).toBeGreaterThan(0);
    overwriteMediaChunk(course.projectPath, damaged.sha256);

    harness.answers.projectToOpen = course.projectPath;
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
