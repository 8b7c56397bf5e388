import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fixturePlayerAssets } from '../../../shared/export/exportCourseFixture';
import { generateLargeCourse } from '../../../support/generateLargeCourse';
import { createTestServices } from '../serviceHarness';

/** Services with a built-player stand-in, and the benchmark course (three media of mediaBytes) as the project to open. */
export async function largeCourseToExport(mediaBytes: number) {
  const harness = createTestServices();
  const playerDir = path.join(harness.root, 'out', 'scorm-player');
  mkdirSync(playerDir, { recursive: true });
  writeFileSync(path.join(playerDir, 'player.js'), fixturePlayerAssets.script);
  writeFileSync(path.join(playerDir, 'player.css'), fixturePlayerAssets.style);
  writeFileSync(path.join(playerDir, 'sco.html'), fixturePlayerAssets.scoPage);
  const courseDir = path.join(harness.root, 'course');
  mkdirSync(courseDir);
  const course = await generateLargeCourse({ dir: courseDir, mediaBytes, mediaFileCount: 3 });
  harness.answers.projectToOpen = course.projectPath;
  return { harness, course };
}
