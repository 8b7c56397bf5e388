// The check report after an edit reuses what was computed for the parts that did not change (per
// capsule, per question list, per frozen list): after every kind of edit it must equal the checks run
// afresh on a plain copy of the course (a copy is not frozen, so nothing is reused for it).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_SETTINGS } from '../../../../shared/checks/checkSettings';
import { runChecks } from '../../../../shared/checks/runChecks';
import { createTestServices } from '../serviceHarness';

let harness: ReturnType<typeof createTestServices>;

beforeEach(async () => {
  harness = createTestServices();
  await harness.api.createProject({ title: 'OPTIMANAGER', language: 'fr', template: 'four-weekly-modules' });
});
afterEach(() => harness.cleanup());

/** The report as the checks panel gets it, and the same checks run from scratch. */
async function reportAndFresh() {
  const { api } = harness;
  const report = await api.getCheckReport({});
  const fresh = runChecks(structuredClone(await api.getCourseDocument({})), await api.getCheckSettings({}), await api.getExportSettings({}));
  return { kept: report.findings, fresh };
}

async function expectSameAsFresh(): Promise<string[]> {
  const { kept, fresh } = await reportAndFresh();
  expect(kept).toEqual(fresh);
  return kept.map((finding) => `${finding.checkId}:${finding.messageKey}`);
}

describe('check report after edits', () => {
  it('equals the checks run afresh after each kind of edit, and follows each one', async () => {
    const { api } = harness;
    const doc = await api.getCourseDocument({});
    const module = doc.modules[0]!;
    const capsule = doc.capsules.find((candidate) => candidate.moduleId === module.id)!;
    await expectSameAsFresh();

    // A quiz without questions blocks the export and names its module: renaming the module changes the finding.
    const quiz = await api.addQuiz({ capsuleId: capsule.id, title: 'Quiz' });
    expect(await expectSameAsFresh()).toContain('export-blocker:quizWithoutQuestions');
    await api.updateModule({ id: module.id, patch: { title: 'Module renommé' } });
    await expectSameAsFresh();
    expect((await api.getCheckReport({})).findings.find((finding) => finding.messageKey === 'quizWithoutQuestions')?.params.module).toBe('Module renommé');

    // A question without feedback, then with.
    const question = await api.addQuestion({
      quizId: quiz.id,
      question: { type: 'true-false', prompt: 'Vrai ?', points: 1, feedbackCorrect: '', feedbackIncorrect: '', objectiveIds: [], answer: true },
    });
    expect(await expectSameAsFresh()).toContain('question-without-feedback:questionWithoutFeedback');
    await api.updateQuestion({
      id: question.id,
      question: { type: 'true-false', prompt: 'Vrai ?', points: 1, feedbackCorrect: 'Oui.', feedbackIncorrect: 'Non.', objectiveIds: [], answer: true },
    });
    expect(await expectSameAsFresh()).not.toContain('question-without-feedback:questionWithoutFeedback');

    // The capsule's content: an image without alternative text, then with.
    const image = (alt: string) => ({ type: 'doc' as const, content: [{ type: 'image', attrs: { mediaId: null, alt } }] });
    await api.saveCapsuleContent({ id: capsule.id, content: image('') });
    expect(await expectSameAsFresh()).toContain('image-without-alt:imageWithoutAlt');
    await api.saveCapsuleContent({ id: capsule.id, content: image('Un graphique') });
    expect(await expectSameAsFresh()).not.toContain('image-without-alt:imageWithoutAlt');

    // Thresholds: every capsule over one minute becomes too long.
    await api.updateCheckSettings({ settings: { ...DEFAULT_CHECK_SETTINGS, maxCapsuleMinutes: 1 } });
    expect(await expectSameAsFresh()).toContain('capsule-too-long:capsuleTooLong');

    // Order and objectives: the last module first, an objective assessed by the question.
    await api.moveModule({ id: doc.modules.at(-1)!.id, toIndex: 0 });
    await expectSameAsFresh();
    const objective = await api.addObjective({ moduleId: module.id, text: 'Identifier son style de management' });
    expect(await expectSameAsFresh()).toContain('objective-not-assessed:objectiveNotAssessed');
    await api.setObjectiveLink({ objectiveId: objective.id, target: 'question', targetId: question.id, linked: true });
    await api.setObjectiveLink({ objectiveId: objective.id, target: 'capsule', targetId: capsule.id, linked: true });
    expect(await expectSameAsFresh()).not.toContain('objective-not-assessed:objectiveNotAssessed');

    await api.undo({});
    await expectSameAsFresh();
    await api.deleteQuiz({ id: quiz.id });
    expect(await expectSameAsFresh()).not.toContain('export-blocker:quizWithoutQuestions');
  });
});
