import { describe, expect, it } from 'vitest';
import { emptyPreviewEntry, previewAnswer, shuffledIndices } from '../../../../renderer/features/quiz/previewAnswer';
import { parseDecimal } from '../../../../renderer/features/quiz/parseDecimal';
import { scoreQuestion } from '../../../../shared/quiz/scoreQuestion';
import { questionsByType } from '../../../shared/quiz/questionFixtures';

const entry = (question: (typeof questionsByType)[keyof typeof questionsByType], patch: Partial<ReturnType<typeof emptyPreviewEntry>>) => ({
  ...emptyPreviewEntry(question, []),
  ...patch,
});

describe('learner preview answers', () => {
  it('judges each type exactly as the player scores it', () => {
    const judge = (question: (typeof questionsByType)[keyof typeof questionsByType], patch: Partial<ReturnType<typeof emptyPreviewEntry>>) => {
      const answer = previewAnswer(question, entry(question, patch));
      if (typeof answer === 'string' && (answer === 'answerRequired' || answer === 'numberRequired')) return answer;
      return scoreQuestion(question, answer).correct;
    };
    expect(judge(questionsByType.single, { chosen: [1] })).toBe(true);
    expect(judge(questionsByType.single, { chosen: [0] })).toBe(false);
    expect(judge(questionsByType.multiple, { chosen: [2, 0] })).toBe(true);
    expect(judge(questionsByType.multiple, { chosen: [0] })).toBe(false);
    expect(judge(questionsByType.trueFalse, { truth: false })).toBe(true);
    expect(judge(questionsByType.trueFalse, { truth: true })).toBe(false);
    expect(judge(questionsByType.fillIn, { text: '  Écoute   active ' })).toBe(true);
    expect(judge(questionsByType.matching, { matches: [0, 1, 2] })).toBe(true);
    expect(judge(questionsByType.matching, { matches: [1, 0, 2] })).toBe(false);
    expect(judge(questionsByType.ordering, { order: [0, 1, 2] })).toBe(true);
    expect(judge(questionsByType.ordering, { order: [2, 1, 0] })).toBe(false);
    expect(judge(questionsByType.numeric, { text: '7,4' })).toBe(true);
    expect(judge(questionsByType.numeric, { text: '7.6' })).toBe(false);
  });

  it('asks for an answer before judging, as the player does', () => {
    expect(previewAnswer(questionsByType.single, entry(questionsByType.single, {}))).toBe('answerRequired');
    expect(previewAnswer(questionsByType.trueFalse, entry(questionsByType.trueFalse, {}))).toBe('answerRequired');
    expect(previewAnswer(questionsByType.fillIn, entry(questionsByType.fillIn, { text: '   ' }))).toBe('answerRequired');
    expect(previewAnswer(questionsByType.matching, entry(questionsByType.matching, { matches: [0, null, 2] }))).toBe('answerRequired');
    expect(previewAnswer(questionsByType.numeric, entry(questionsByType.numeric, { text: 'sept' }))).toBe('numberRequired');
    expect(previewAnswer(questionsByType.numeric, entry(questionsByType.numeric, { text: '' }))).toBe('numberRequired');
  });

  it('shuffles items so that an ordering question never starts solved', () => {
    expect(shuffledIndices(3, () => 0.99)).not.toEqual([0, 1, 2]);
    expect(shuffledIndices(4, Math.random).sort()).toEqual([0, 1, 2, 3]);
    expect(shuffledIndices(1)).toEqual([0]);
  });

  it('reads decimals with a comma or a point, and nothing else', () => {
    expect(parseDecimal('7,5')).toBe(7.5);
    expect(parseDecimal(' -2.25 ')).toBe(-2.25);
    expect(parseDecimal(',5')).toBe(0.5);
    expect(parseDecimal('1e3')).toBeNull();
    expect(parseDecimal('7,5,1')).toBeNull();
    expect(parseDecimal('')).toBeNull();
  });
});
