import { describe, expect, it } from 'vitest';
import { byPosition } from '../../shared/model/byPosition';
import type { CourseDocument } from '../../shared/model/courseDocument';
import { compactSample } from './support/compactSample';
import { cmiValue } from './support/expectedTracking';
import { answerQuiz, capsulesOf, goToNextCapsule } from './support/learnerWalk';
import { readPlayerData } from './support/playerDriver';
import { chromiumForThisFile, withTestLms } from './support/testLms';
import { writePackageFolders } from './support/writePackageFolders';

/** The issue's case: the course's mastery score is 70, module 1's quiz passes at 50 with 3 one-point questions. */
function quizAtFiftyInACourseAtSeventy(): CourseDocument {
  const doc = compactSample();
  const firstModule = [...doc.modules].sort(byPosition)[0]!;
  const quiz = doc.quizzes.find((candidate) => doc.capsules.some((capsule) => capsule.id === candidate.capsuleId && capsule.moduleId === firstModule.id))!;
  const kept = new Set(doc.questions.filter((question) => question.quizId === quiz.id && question.type !== 'ordering').sort(byPosition).slice(0, 3).map((question) => question.id));
  return {
    ...doc,
    course: { ...doc.course, masteryScore: 70, completionRule: 'viewed-and-passed' },
    quizzes: doc.quizzes.map((candidate) => (candidate.id === quiz.id ? { ...candidate, passingScore: 50, shuffle: false, drawCount: null } : candidate)),
    questions: doc.questions.filter((question) => question.quizId !== quiz.id || kept.has(question.id)).map((question) => (kept.has(question.id) ? { ...question, points: 1 } : question)),
  };
}

describe('one pass rule per SCO: the player’s verdict, the manifest and what the LMS records agree', () => {
  const chromium = chromiumForThisFile();

  it.each(['1.2', '2004-3rd', '2004-4th'] as const)('SCORM %s, one SCO per module, 2 of 3 right on a quiz at 50 percent', async (version) => {
    const dialect = version === '1.2' ? '1.2' : '2004';
    const { packages, root } = await writePackageFolders(quizAtFiftyInACourseAtSeventy(), { version, mode: 'module-scos' });
    chromium.removeAfterAll(root);
    const manifest = packages[0]!.manifest;
    const firstItem = /<item\b[\s\S]*?<\/item>/.exec(manifest)![0];
    expect(firstItem).toMatch(dialect === '1.2' ? /<adlcp:masteryscore>50<\/adlcp:masteryscore>/ : /<imsss:minNormalizedMeasure>0.5<\/imsss:minNormalizedMeasure>/);

    await withTestLms(chromium.browser(), async (lms) => {
      lms.usePackage(packages[0]!.folder);
      const frame = await lms.launch(dialect, packages[0]!.scoPaths[0]!);
      const data = await readPlayerData(frame);
      const capsules = capsulesOf(data);
      for (let index = 1; index < capsules.length; index += 1) await goToNextCapsule(frame, capsules[index]!);
      await answerQuiz(frame, data, (position) => (position === 2 ? 'wrong' : 'right'));
      expect(await frame.locator('.spoc-quiz-result').getAttribute('class')).toContain('is-passed');
      const state = await lms.close();
      expect(cmiValue(state.cmi, dialect === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw')).toBe('66.67');
      expect(cmiValue(state.cmi, dialect === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status')).toBe('passed');
    });
  }, 60_000);
});
