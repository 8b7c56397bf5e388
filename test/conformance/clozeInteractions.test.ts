import { describe, expect, it } from 'vitest';
import type { Question } from '../../shared/model/course';
import { byPosition } from '../../shared/model/byPosition';
import { CourseDocumentSchema, type CourseDocument } from '../../shared/model/courseDocument';
import { idOf } from '../shared/export/exportCourseFixture';
import { cmiValue, recordsOf } from './support/expectedTracking';
import { compactSample } from './support/compactSample';
import { mostlyRight } from './support/learnerWalk';
import { playScoTwice } from './support/playSco';
import { chromiumForThisFile, withTestLms } from './support/testLms';
import { writePackageFolders } from './support/writePackageFolders';

/** The compact sample with a cloze question opening each quiz: one where case matters, one tolerant of accents. */
function courseWithCloze(): CourseDocument {
  const doc = compactSample();
  const quizzes = [...doc.quizzes];
  const cloze = (n: number, quizId: string, text: string, options: { caseSensitive: boolean; accentSensitive: boolean }): Question => ({
    id: idOf(800 + n),
    quizId,
    type: 'cloze',
    prompt: 'Complétez la phrase.',
    text,
    ...options,
    points: 2,
    feedbackCorrect: 'Oui.',
    feedbackIncorrect: 'Relisez la fiche.',
    objectiveIds: [],
    position: '0',
  });
  doc.questions.push(
    cloze(1, quizzes[0]!.id, 'Un brief dure [cinq|5] minutes et se termine par [une vérification|la vérification].', { caseSensitive: true, accentSensitive: true }),
    cloze(2, quizzes[1]!.id, 'DESC : [Décrire], [Exprimer|Exprimer l’effet], [Spécifier], [Conséquences].', { caseSensitive: false, accentSensitive: false }),
  );
  return CourseDocumentSchema.parse(doc);
}

describe('a cloze question is reported as a SCORM fill-in interaction a strict LMS accepts', () => {
  const chromium = chromiumForThisFile();

  it.each(['1.2', '2004-4th'] as const)('SCORM %s: every blank in the response, the right ways to fill them as patterns, the score and the resume', async (version) => {
    const doc = courseWithCloze();
    expect(doc.quizzes.every((quiz) => doc.questions.filter((question) => question.quizId === quiz.id).sort(byPosition)[0]?.type === 'cloze')).toBe(true);
    const { packages, root } = await writePackageFolders(doc, { version, mode: 'course' });
    chromium.removeAfterAll(root);
    await withTestLms(chromium.browser(), async (lms) => {
      lms.usePackage(packages[0]!.folder);
      // playScoTwice checks each interaction record (type fill-in, response, patterns, result), the score and the resume.
      const { final } = await playScoTwice(lms, version, packages[0]!.scoPaths[0]!, mostlyRight);
      const is2004 = version !== '1.2';
      const clozeRecords = recordsOf(final.cmi, 'interactions').filter((record) => String(record.id).endsWith('00000000000321') || String(record.id).endsWith('00000000000322'));
      expect(clozeRecords.length).toBeGreaterThanOrEqual(2);
      for (const record of clozeRecords) expect(record.type).toBe('fill-in');
      const caseMatters = clozeRecords.find((record) => String(record.id).endsWith('321'))!;
      const patterns = Object.values(caseMatters.correct_responses as Record<string, { pattern: string }>).map((response) => response.pattern);
      expect(patterns).toEqual(
        is2004
          ? ['{case_matters=true}cinq[,]une vérification', '{case_matters=true}cinq[,]la vérification', '{case_matters=true}5[,]une vérification', '{case_matters=true}5[,]la vérification']
          : ['cinq,une vérification', 'cinq,la vérification', '5,une vérification', '5,la vérification'],
      );
      expect(String(cmiValue(final.cmi, 'cmi.suspend_data'))).not.toBe('');
      expect(lms.problems).toEqual({ consoleErrors: [], consoleWarnings: [], outsideRequests: [], failedRequests: [] });
    });
  }, 60_000);
});
