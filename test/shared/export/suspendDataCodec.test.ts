import { describe, expect, it } from 'vitest';
import type { PlayerQuestion } from '../../../shared/export/playerData';
import type { LearnerAnswer } from '../../../shared/quiz/learnerAnswer';
import { flattenCapsules, scenarioKey, type QuizProgress, type ResumeState } from '../../../shared/export/resumeState';
import { decodeSuspendData, encodeSuspendData, worstCaseSuspendData } from '../../../shared/export/suspendDataCodec';
import { playerDataFixture, rightAnswer } from '../../scorm-templates/playerDataFixture';

/** A plausible wrong answer of the right shape, so both kinds are stored. */
function wrongAnswer(question: PlayerQuestion): LearnerAnswer {
  switch (question.type) {
    case 'single-choice':
      return [0];
    case 'multiple-choice':
      return [0, 1];
    case 'true-false':
      return true;
    case 'fill-in':
      return 'je ne sais pas, vraiment | ; = ~ %';
    case 'cloze':
      return ['écoute ! ~ | ;', '', 'reformule'];
    case 'matching':
      return [1, 0, null];
    case 'ordering':
      return [2, 1, 0];
    case 'numeric':
      return -12.75;
  }
}

function answeredState(capsuleCount: number, quizAt: number[], questions: (index: number) => PlayerQuestion[], fillText?: string): ResumeState {
  const quizzes = new Map<number, QuizProgress>();
  for (const index of quizAt) {
    const bank = questions(index);
    const answers = bank.map((question, position) => (question.type === 'fill-in' && fillText ? fillText : position % 3 === 0 ? wrongAnswer(question) : rightAnswer(question)));
    quizzes.set(index, { order: bank.map((_, position) => bank.length - 1 - position), answers: answers.reverse(), attempts: 2, best: { earned: 40, possible: 60 } });
  }
  return { location: 37, viewed: Array.from({ length: capsuleCount }, (_, index) => index % 4 !== 1), quizzes };
}

describe('suspend_data codec', () => {
  // The brief's budget case: 60 capsules, 300 answered questions (10 quizzes of 30).
  const bigData = playerDataFixture({ modules: 10, capsulesPerModule: 6, quizAt: [5, 11, 17, 23, 29, 35, 41, 47, 53, 59], questionsPerQuiz: 30 });
  const bigCapsules = flattenCapsules(bigData);
  const bank = (index: number) => bigCapsules[index]?.quiz?.questions ?? [];
  const bigState = answeredState(60, [5, 11, 17, 23, 29, 35, 41, 47, 53, 59], bank);

  it('keeps a 60-capsule course with 300 answers under SCORM 1.2’s 4,096 characters, losslessly', () => {
    const encoded = encodeSuspendData(bigState, bigCapsules, 4_096);
    expect(encoded.complete).toBe(true);
    expect(encoded.text.length).toBeLessThanOrEqual(4_096);
    expect(decodeSuspendData(encoded.text, bigCapsules)).toEqual(bigState);
  });

  it('round-trips unanswered questions, fresh attempts and a quiz never finished', () => {
    const data = playerDataFixture({ modules: 1, capsulesPerModule: 3, quizAt: [1, 2] });
    const capsules = flattenCapsules(data);
    const state: ResumeState = {
      location: 1,
      viewed: [true, true, false],
      quizzes: new Map([
        [1, { order: [3, 0, 6], answers: [null, [1], 7.25], attempts: 1, best: null }],
        [2, { order: [], answers: [], attempts: 3, best: { earned: 14, possible: 14 } }],
      ]),
    };
    expect(decodeSuspendData(encodeSuspendData(state, capsules, 4_096).text, capsules)).toEqual(state);
  });

  it('when answers do not fit, drops whole quizzes’ answers farthest from the learner, keeping scores and progress', () => {
    const longText = 'une réponse longue et détaillée '.repeat(4);
    const state = answeredState(60, [5, 11, 17, 23, 29, 35, 41, 47, 53, 59], bank, longText);
    const encoded = encodeSuspendData(state, bigCapsules, 4_096);
    expect(encoded.complete).toBe(false);
    expect(encoded.text.length).toBeLessThanOrEqual(4_096);
    const decoded = decodeSuspendData(encoded.text, bigCapsules);
    expect(decoded.location).toBe(37);
    expect(decoded.viewed).toEqual(state.viewed);
    for (const [index, progress] of state.quizzes) {
      const restored = decoded.quizzes.get(index);
      expect(restored?.best).toEqual(progress.best);
      expect(restored?.attempts).toBe(progress.attempts);
      // Either every answer of the quiz survived or none did: never a partial, misleading attempt.
      if (restored?.order.length) expect(restored).toEqual(progress);
      else expect(restored?.answers).toEqual([]);
    }
    expect(decoded.quizzes.get(35)?.order.length).toBeGreaterThan(0);
    expect(decoded.quizzes.get(41)?.order.length).toBeGreaterThan(0);
    expect(decoded.quizzes.get(5)?.order.length).toBe(0);
  });

  it('fits the 2004 3rd edition’s 4,000 and uses the 4th edition’s room when there is', () => {
    const longText = 'x'.repeat(120);
    const state = answeredState(60, [5, 11, 17, 23, 29, 35, 41, 47, 53, 59], bank, longText);
    expect(encodeSuspendData(state, bigCapsules, 4_000).text.length).toBeLessThanOrEqual(4_000);
    expect(encodeSuspendData(state, bigCapsules, 64_000).complete).toBe(true);
  });

  it('never returns a state cut short by an LMS: every truncation reads as a fresh start', () => {
    const text = encodeSuspendData(bigState, bigCapsules, 4_096).text;
    const fresh = decodeSuspendData('', bigCapsules);
    for (let length = 0; length < text.length; length += 7) expect(decodeSuspendData(text.slice(0, length), bigCapsules)).toEqual(fresh);
  });

  it('ignores garbage', () => {
    const fresh = decodeSuspendData('', bigCapsules);
    for (const garbage of ['x', '|||||', 's1|a|b|c|d|e', 's2|a|b|c|d|e', '{"json":true}', 'null', '%E0%A4%A']) expect(decodeSuspendData(garbage, bigCapsules)).toEqual(fresh);
  });

  it('keeps, for a republished course, what still applies: capsules by id, quizzes whose questions did not change', () => {
    const written = encodeSuspendData(bigState, bigCapsules, 64_000).text;
    const republished = playerDataFixture({ modules: 10, capsulesPerModule: 6, quizAt: [5, 11, 17, 23, 29, 35, 41, 47, 53, 59], questionsPerQuiz: 30 });
    const modules = republished.modules;
    // One capsule added at the start of the second module, one question added to the quiz at 11.
    modules[1]!.capsules.unshift({ ...modules[1]!.capsules[0]!, id: '00000002-0000-7000-8000-999999999999', quiz: null });
    const grown = modules[1]!.capsules[6]!.quiz!;
    grown.questions.push({ ...grown.questions[0]!, id: '00000111-0000-7000-8000-999999999999' });
    const capsules = flattenCapsules(republished);
    const decoded = decodeSuspendData(written, capsules);
    const shift = (index: number) => (index >= 6 ? index + 1 : index);
    expect(decoded.location).toBe(shift(37));
    expect(decoded.viewed).toEqual(capsules.map((capsule) => bigState.viewed[bigCapsules.findIndex((old) => old.id === capsule.id)] ?? false));
    for (const [index, progress] of bigState.quizzes) {
      const restored = decoded.quizzes.get(shift(index));
      if (index === 11) expect(restored).toEqual({ order: [], answers: [], attempts: progress.attempts, best: progress.best });
      else expect(restored).toEqual(progress);
    }
  });

  describe('with branching scenarios', () => {
    const withScenarios = () => {
      const capsules = flattenCapsules(playerDataFixture({ modules: 1, capsulesPerModule: 3, quizAt: [2] }));
      capsules[0]!.scenarios = [
        { id: 'retard', required: true, situations: ['debut', 'public', 'seul'] },
        { id: 'conflit', required: false, situations: ['a', 'b'] },
      ];
      capsules[1]!.scenarios = [{ id: 'retard', required: true, situations: ['debut', 'fin'] }];
      return capsules;
    };
    const state = (): ResumeState => ({
      location: 0,
      viewed: [false, true, false],
      quizzes: new Map([[2, { order: [], answers: [], attempts: 1, best: { earned: 3, possible: 4 } }]]),
      scenarios: new Map([
        [scenarioKey(0, 'retard'), { at: 'public', attempt: 2, step: 3 }],
        [scenarioKey(0, 'conflit'), { at: 'b', attempt: 1, step: 1 }],
        [scenarioKey(1, 'retard'), { at: 'debut', attempt: 40, step: 0 }],
      ]),
    });

    it('keeps where the learner is in each scenario (same ids in two capsules), and writes the old format while none is started', () => {
      const capsules = withScenarios();
      const encoded = encodeSuspendData(state(), capsules, 4_096);
      expect(encoded.complete).toBe(true);
      expect(encoded.text).toMatch(/^s3\|/);
      expect(decodeSuspendData(encoded.text, capsules)).toEqual(state());
      const none = { ...state(), scenarios: undefined };
      expect(encodeSuspendData(none, capsules, 4_096).text).toMatch(/^s2\|/);
    });

    it('forgets a place whose situation or scenario is gone from a republished capsule, keeping the rest', () => {
      const capsules = withScenarios();
      const text = encodeSuspendData(state(), capsules, 4_096).text;
      capsules[0]!.scenarios = [{ id: 'retard', required: true, situations: ['debut', 'seul'] }];
      const read = decodeSuspendData(text, capsules);
      expect([...(read.scenarios ?? new Map()).keys()]).toEqual([scenarioKey(1, 'retard')]);
      expect(read.quizzes.get(2)?.best).toEqual({ earned: 3, possible: 4 });
    });

    it('drops the scenario places before the scores when the budget is too small, and says so', () => {
      const capsules = withScenarios();
      const full = encodeSuspendData(state(), capsules, 4_096).text;
      const encoded = encodeSuspendData(state(), capsules, full.length - 1);
      expect(encoded.complete).toBe(false);
      const read = decodeSuspendData(encoded.text, capsules);
      expect(read.scenarios).toBeUndefined();
      expect(read.quizzes.get(2)?.best).toEqual({ earned: 3, possible: 4 });
    });

    it('counts every scenario in the worst case the export checks against the budget', () => {
      const capsules = withScenarios();
      const without = withScenarios().map(({ scenarios, ...capsule }) => (void scenarios, capsule));
      expect(worstCaseSuspendData(capsules).length).toBeGreaterThan(worstCaseSuspendData(without).length + 3 * 12);
    });
  });
});
