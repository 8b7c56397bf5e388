import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCourseDocument } from '../../../../electron/services/project/importCourseDocument';
import { computePacingBoard } from '../../../../shared/pacing/computePacingBoard';
import { loadSampleCourse, SAMPLE_COURSE_DIR } from '../../../support/sampleCourse';
import { cliInTempDir } from '../cliHarness';


describe('spoc info', () => {
  it('gives each week the pacing board’s workload, live sessions and bank draws included', async () => {
    const doc = loadSampleCourse();
    // A bank: 2 of the quiz's questions are asked, not all of them.
    doc.quizzes[1]!.drawCount = 2;
    const { spoc, cwd } = cliInTempDir();
    const project = await importCourseDocument(path.join(cwd, 'sample.spoc'), doc, path.join(SAMPLE_COURSE_DIR, 'media'));
    project.close();

    const result = await spoc('info', 'sample.spoc');
    expect(result.code).toBe(0);
    const board = computePacingBoard(doc);
    const week3 = board.weeks[2]!;
    expect(week3.liveMinutes).toBe(60);
    expect(result.stdout).toContain(`week 3: ${Math.round(week3.minutes)} min (60 min live) of 120 min`);
    for (const week of board.weeks) expect(result.stdout).toMatch(new RegExp(`^  week ${week.week}: ${Math.round(week.minutes)} min`, 'm'));

    const bankCapsule = doc.capsules.find((capsule) => capsule.id === doc.quizzes[1]!.capsuleId)!;
    const onBoard = board.weeks.flatMap((week) => week.capsules).find((capsule) => capsule.id === bankCapsule.id)!;
    expect(result.stdout).toContain(`  - ${bankCapsule.title} [assessment] ${Math.round(onBoard.minutes)} min`);
  });
});
