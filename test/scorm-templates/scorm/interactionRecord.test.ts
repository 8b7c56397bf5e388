import { describe, expect, it } from 'vitest';
import type { PlayerQuestion } from '../../../shared/export/playerData';
import type { LearnerAnswer } from '../../../shared/quiz/learnerAnswer';
import { scoreQuestion } from '../../../shared/quiz/scoreQuestion';
import { interactionElements } from '../../../scorm-templates/player/scorm/interactionRecord';
import type { ScormDialect } from '../../../scorm-templates/player/scorm/scormDialect';
import { questionsByType as q } from '../../shared/quiz/questionFixtures';

function record(dialect: ScormDialect, question: PlayerQuestion, answer: LearnerAnswer, index = 3): Record<string, string> {
  const elements = interactionElements(dialect, index, { question, answer, score: scoreQuestion(question, answer), answeredAt: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)), latencyMs: 83_500, attempt: 1 }, 'fr');
  return Object.fromEntries(elements.map(([element, value]) => [element.replace(`cmi.interactions.${index}.`, ''), value]));
}

const SCORM12_IDENTIFIER = /^[A-Za-z0-9]{1,255}$/;
const SCORM2004_URN = /^urn:[A-Za-z0-9-]{1,31}:\S+$/;

describe('interaction records', () => {
  it('names each question type with its SCORM interaction type', () => {
    const types = Object.values(q).map((question) => record('2004', question, [0]).type);
    expect(types).toEqual(['choice', 'choice', 'true-false', 'fill-in', 'matching', 'sequencing', 'numeric', 'fill-in']);
  });

  it('uses identifiers valid in each version', () => {
    expect(record('1.2', q.single, [1]).id).toMatch(SCORM12_IDENTIFIER);
    expect(record('2004', q.single, [1]).id).toMatch(SCORM2004_URN);
    expect(record('1.2', q.single, [1])['objectives.0.id']).toBeUndefined();
    const linked = { ...q.single, objectiveIds: ['00000000-0000-7000-8000-000000000999'] };
    expect(record('1.2', linked, [1])['objectives.0.id']).toMatch(SCORM12_IDENTIFIER);
    expect(record('2004', linked, [1])['objectives.0.id']).toMatch(SCORM2004_URN);
  });

  it('formats SCORM 1.2 responses and patterns with single characters and commas', () => {
    expect(record('1.2', q.multiple, [0, 1])).toMatchObject({ student_response: 'a,b', 'correct_responses.0.pattern': 'a,c', result: 'wrong' });
    expect(record('1.2', q.single, [1])).toMatchObject({ student_response: 'b', 'correct_responses.0.pattern': 'b', result: 'correct' });
    expect(record('1.2', q.trueFalse, true)).toMatchObject({ student_response: 't', 'correct_responses.0.pattern': 'f' });
    expect(record('1.2', q.matching, [0, 2, 1])).toMatchObject({ student_response: 'a.a,b.c,c.b', 'correct_responses.0.pattern': 'a.a,b.b,c.c' });
    expect(record('1.2', q.ordering, [2, 0, 1])).toMatchObject({ student_response: 'c,a,b', 'correct_responses.0.pattern': 'a,b,c' });
    expect(record('1.2', q.numeric, 7.2)).toMatchObject({ student_response: '7.2', 'correct_responses.0.pattern': '7', result: 'correct' });
    expect(record('1.2', q.fillIn, 'Reformulation')).toMatchObject({ student_response: 'Reformulation', 'correct_responses.0.pattern': 'écoute active', 'correct_responses.1.pattern': 'reformulation' });
  });

  it('formats SCORM 2004 responses and patterns with [,] [.] [:] delimiters', () => {
    expect(record('2004', q.multiple, [0, 2])).toMatchObject({ learner_response: 'a[,]c', 'correct_responses.0.pattern': 'a[,]c', result: 'correct' });
    expect(record('2004', q.trueFalse, true)).toMatchObject({ learner_response: 'true', 'correct_responses.0.pattern': 'false', result: 'incorrect' });
    expect(record('2004', q.matching, [0, 2, 1])).toMatchObject({ learner_response: 'a[.]a[,]b[.]c[,]c[.]b', 'correct_responses.0.pattern': 'a[.]a[,]b[.]b[,]c[.]c' });
    expect(record('2004', q.ordering, [2, 0, 1])).toMatchObject({ learner_response: 'c[,]a[,]b', 'correct_responses.0.pattern': 'a[,]b[,]c' });
    expect(record('2004', q.numeric, 7.2)).toMatchObject({ learner_response: '7.2', 'correct_responses.0.pattern': '6.5[:]7.5' });
    expect(record('2004', { ...q.fillIn, caseSensitive: true }, 'x')['correct_responses.0.pattern']).toBe('{case_matters=true}écoute active');
  });

  it('reports a cloze as one fill-in: a response per blank, a pattern per way of filling them right', () => {
    expect(record('1.2', q.cloze, ['Écoute', 'juge'])).toMatchObject({
      type: 'fill-in',
      student_response: 'Écoute,juge',
      'correct_responses.0.pattern': 'écoute,reformule',
      'correct_responses.3.pattern': 'écoute active,résume',
      result: 'wrong',
    });
    expect(record('2004', q.cloze, ['écoute', 'résume'])).toMatchObject({
      learner_response: 'écoute[,]résume',
      'correct_responses.0.pattern': 'écoute[,]reformule',
      'correct_responses.1.pattern': 'écoute[,]résume',
      result: 'correct',
    });
    expect(record('2004', { ...q.cloze, caseSensitive: true }, ['x', 'y'])['correct_responses.0.pattern']).toBe('{case_matters=true}écoute[,]reformule');
    // Strict runtimes refuse a fill-in pattern that repeats a response; the other patterns stay.
    const repeated = record('2004', { ...q.cloze, text: '[bien|très bien] et [bien]' }, ['bien', 'bien']);
    expect(repeated['correct_responses.0.pattern']).toBe('très bien[,]bien');
    const many = record('2004', { ...q.cloze, text: '[a|b|c] [d|e|f] [g|h]' }, ['a', 'd', 'g']);
    expect(Object.keys(many).filter((name) => name.startsWith('correct_responses.'))).toHaveLength(10);
  });

  it('records time, latency, weighting and description in each version’s format', () => {
    expect(record('1.2', q.single, [1])).toMatchObject({ latency: '0000:01:23.50', weighting: '2' });
    expect(record('1.2', q.single, [1]).time).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    expect(record('2004', q.single, [1])).toMatchObject({ latency: 'PT1M23.5S', timestamp: '2026-01-02T03:04:05.0Z', description: 'Q' });
  });

  it('sets id and type before any response field, as LMSs require', () => {
    const names = interactionElements('2004', 0, { question: q.matching, answer: [0, 1, 2], score: scoreQuestion(q.matching, [0, 1, 2]), answeredAt: new Date(), latencyMs: 0, attempt: 1 }, 'fr').map(([name]) => name);
    expect(names.slice(0, 2)).toEqual(['cmi.interactions.0.id', 'cmi.interactions.0.type']);
    expect(names.indexOf('cmi.interactions.0.type')).toBeLessThan(names.indexOf('cmi.interactions.0.learner_response'));
  });

  it('keeps learner text from breaking the 2004 format or the 1.2 length limit', () => {
    expect(record('2004', q.fillIn, '{a} [,] b').learner_response).toBe('{lang=fr}{a} [ ,] b');
    expect(record('1.2', q.fillIn, 'x'.repeat(300)).student_response).toHaveLength(255);
    expect(record('2004', q.fillIn, 'y'.repeat(300)).learner_response).toHaveLength(250);
  });

  it('leaves out a response 1.2 cannot express instead of writing a wrong one', () => {
    const many = { ...q.single, options: Array.from({ length: 40 }, (_, index) => ({ id: `o${index}`, text: `${index}`, correct: index === 39, feedback: '' })) };
    const scorm12 = record('1.2', many, [38]);
    expect(scorm12.student_response).toBeUndefined();
    expect(scorm12['correct_responses.0.pattern']).toBeUndefined();
    expect(scorm12.result).toBe('wrong');
    expect(record('2004', many, [39])).toMatchObject({ learner_response: 'i39', result: 'correct' });
    expect(record('2004', q.numeric, 1e21).learner_response).toBeUndefined();
    expect(record('2004', q.numeric, 1e-7).learner_response).toBe('0.0000001');
  });
});
