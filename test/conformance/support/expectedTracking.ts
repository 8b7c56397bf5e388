import { expect } from 'vitest';
import { parseCloze } from '../../../shared/quiz/parseCloze';
import type { PlayerCapsule, PlayerData, PlayerQuestion } from '../../../shared/export/playerData';
import type { ScormVersion } from '../../../shared/model/course';
import type { GivenAnswer } from './learnerWalk';

/*
 * What the LMS must hold after a learner's walk, worked out from the SCORM data model and the
 * course (not from the player's code), and checked against what scorm-again recorded.
 */

type Cmi = Record<string, unknown>;
type Is2004 = boolean;

const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
const compact = (id: string) => id.replace(/-/g, '');
const percent = (earned: number, possible: number) => Math.round((earned / possible) * 10_000) / 100;

function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), value);
}

/** The records of a cmi collection (interactions, objectives) in slot order. */
export function recordsOf(cmi: Cmi, collection: 'interactions' | 'objectives'): Cmi[] {
  const records = (at(cmi, `cmi.${collection}`) ?? {}) as Record<string, Cmi>;
  return Object.keys(records)
    .filter((key) => /^\d+$/.test(key))
    .sort((a, b) => Number(a) - Number(b))
    .map((key) => records[key] as Cmi);
}

export function cmiValue(cmi: Cmi, element: string): unknown {
  return at(cmi, element);
}

const TYPES: Record<PlayerQuestion['type'], string> = {
  'single-choice': 'choice',
  'multiple-choice': 'choice',
  'true-false': 'true-false',
  'fill-in': 'fill-in',
  cloze: 'fill-in',
  matching: 'matching',
  ordering: 'sequencing',
  numeric: 'numeric',
};

/** The right answer written in the version's response format (RTE 4.2.9 / 1.2 CMI tables). */
function rightResponse(question: PlayerQuestion, is2004: Is2004): string {
  const list = is2004 ? '[,]' : ',';
  const pair = is2004 ? '[.]' : '.';
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice':
      return question.options.flatMap((option, index) => (option.correct ? [letters[index]] : [])).join(list);
    case 'true-false':
      return is2004 ? String(question.answer) : question.answer ? 't' : 'f';
    case 'fill-in':
      return question.acceptedAnswers[0] ?? '';
    case 'cloze':
      return parseCloze(question.text).blanks.map((accepted) => accepted[0] ?? '').join(list);
    case 'numeric':
      return String(question.answer);
    case 'matching':
      return question.pairs.map((_, index) => `${letters[index]}${pair}${letters[index]}`).join(list);
    case 'ordering':
      return question.items.map((_, index) => letters[index]).join(list);
  }
}

/** Checks one cmi.interactions.n record against the question and what the learner meant to answer. */
export function expectInteraction(record: Cmi, given: GivenAnswer, version: ScormVersion): void {
  const is2004 = version !== '1.2';
  const { question, intent } = given;
  const where = `interaction for ${question.type} ${question.id}`;
  expect(record.id, where).toBe(is2004 ? `urn:spoc:question:${compact(question.id)}` : `q${compact(question.id)}`);
  expect(record.type, where).toBe(TYPES[question.type]);
  expect(record.result, where).toBe(intent === 'right' ? 'correct' : is2004 ? 'incorrect' : 'wrong');
  expect(record.weighting, where).toBe(String(question.points));
  const response = String(record[is2004 ? 'learner_response' : 'student_response'] ?? '');
  const patterns = recordsOfPatterns(record);
  expect(patterns.length, `${where}: correct_responses`).toBeGreaterThan(0);
  const right = rightResponse(question, is2004);
  if (question.type === 'numeric' && is2004 && question.tolerance > 0) {
    const [low, high] = (patterns[0] ?? '').split('[:]').map(Number);
    expect([low, high], `${where}: numeric range`).toEqual([question.answer - question.tolerance, question.answer + question.tolerance]);
  } else if (question.type === 'fill-in') {
    expect(patterns, where).toEqual(question.acceptedAnswers.slice(0, 10));
  } else if (question.type === 'cloze' && is2004 && question.caseSensitive) {
    expect(patterns[0], `${where}: correct pattern`).toBe(`{case_matters=true}${right}`);
  } else {
    expect(patterns[0], `${where}: correct pattern`).toBe(right);
  }
  if (intent === 'right') expect(response, `${where}: response`).toBe(right);
  else {
    expect(response, `${where}: response`).not.toBe(right);
    expect(response, `${where}: response`).not.toBe('');
  }
  expect(String(record.latency), `${where}: latency`).toMatch(is2004 ? /^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/ : /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  expect(String(record[is2004 ? 'timestamp' : 'time']), `${where}: time`).toMatch(is2004 ? /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d)?Z$/ : /^\d\d:\d\d:\d\d$/);
  const objectiveIds = Object.values((record.objectives ?? {}) as Record<string, { id: string }>).map((objective) => objective.id);
  expect(objectiveIds, `${where}: objectives`).toEqual(question.objectiveIds.map((id) => (is2004 ? `urn:spoc:objective:${compact(id)}` : `o${compact(id)}`)));
}

function recordsOfPatterns(record: Cmi): string[] {
  const responses = (record.correct_responses ?? {}) as Record<string, { pattern: string }>;
  return Object.keys(responses)
    .sort((a, b) => Number(a) - Number(b))
    .map((key) => responses[key]?.pattern ?? '');
}

export interface ExpectedOutcome {
  /** Score in percent of every finished quiz, null when none is. */
  scorePercent: number | null;
  success: 'passed' | 'failed' | 'unknown';
  completion: 'completed' | 'incomplete';
}

/**
 * Status and score of a SCO: `finished` holds the answers of the quizzes the learner finished
 * (the score sums them), `allQuizzesFinished` whether that is every quiz of the SCO.
 */
export function expectedOutcome(data: PlayerData, finished: GivenAnswer[], allViewed: boolean, allQuizzesFinished: boolean): ExpectedOutcome {
  const earned = finished.reduce((sum, answer) => sum + (answer.intent === 'right' ? answer.question.points : 0), 0);
  const possible = finished.reduce((sum, answer) => sum + answer.question.points, 0);
  const hasQuiz = data.modules.some((module) => module.capsules.some((capsule) => capsule.quiz));
  const scorePercent = possible > 0 ? percent(earned, possible) : null;
  const success = scorePercent === null || !allQuizzesFinished ? 'unknown' : scorePercent >= data.masteryScore ? 'passed' : 'failed';
  const needsPass = hasQuiz && data.completionRule !== 'all-viewed';
  const viewedEnough = !hasQuiz || data.completionRule !== 'quiz-passed' ? allViewed : true;
  const completion = viewedEnough && (!needsPass || success === 'passed') ? 'completed' : 'incomplete';
  return { scorePercent, success, completion };
}

/** What the LMS holds once it has applied its own judgement (mastery score, thresholds) on top of the SCO's. */
export function expectOutcome(cmi: Cmi, outcome: ExpectedOutcome, version: ScormVersion): void {
  if (version === '1.2') {
    const status = outcome.success === 'failed' ? 'failed' : outcome.completion !== 'completed' ? 'incomplete' : outcome.success === 'passed' ? 'passed' : 'completed';
    expect(cmiValue(cmi, 'cmi.core.lesson_status')).toBe(status);
    // A score only with a verdict: a 1.2 LMS turns any score into passed/failed against the mastery score.
    const judged = status === 'passed' || status === 'failed';
    expect(cmiValue(cmi, 'cmi.core.score.raw')).toBe(judged && outcome.scorePercent !== null ? String(outcome.scorePercent) : '');
    if (judged) expect([cmiValue(cmi, 'cmi.core.score.min'), cmiValue(cmi, 'cmi.core.score.max')]).toEqual(['0', '100']);
    return;
  }
  expect(cmiValue(cmi, 'cmi.completion_status')).toBe(outcome.completion);
  expect(cmiValue(cmi, 'cmi.success_status')).toBe(outcome.success);
  const progress = Number(cmiValue(cmi, 'cmi.progress_measure'));
  if (outcome.completion === 'completed') expect(progress).toBe(1);
  else expect(progress).toBeLessThan(1);
  const judged = outcome.success !== 'unknown' && outcome.scorePercent !== null;
  expect(cmiValue(cmi, 'cmi.score.raw')).toBe(judged ? String(outcome.scorePercent) : '');
  if (judged) expect(Number(cmiValue(cmi, 'cmi.score.scaled'))).toBeCloseTo(outcome.scorePercent! / 100, 4);
}

/** cmi.objectives: one record per objective of the SCO, with its status and score from the answers. */
export function expectObjectives(cmi: Cmi, data: PlayerData, given: GivenAnswer[], viewed: ReadonlySet<string>, version: ScormVersion): void {
  const is2004 = version !== '1.2';
  const records = recordsOf(cmi, 'objectives');
  expect(records.map((record) => record.id).sort()).toEqual(data.objectives.map((objective) => (is2004 ? `urn:spoc:objective:${compact(objective.id)}` : `o${compact(objective.id)}`)).sort());
  const capsules: PlayerCapsule[] = data.modules.flatMap((module) => module.capsules);
  for (const objective of data.objectives) {
    const record = records.find((candidate) => String(candidate.id).endsWith(compact(objective.id))) as Cmi;
    const linked = given.filter((answer) => answer.question.objectiveIds.includes(objective.id));
    const possible = linked.reduce((sum, answer) => sum + answer.question.points, 0);
    const earned = linked.reduce((sum, answer) => sum + (answer.intent === 'right' ? answer.question.points : 0), 0);
    const touching = capsules.filter((capsule) => capsule.objectiveIds.includes(objective.id) || capsule.quiz?.questions.some((question) => question.objectiveIds.includes(objective.id)));
    const seen = touching.filter((capsule) => viewed.has(capsule.id)).length;
    const completion = touching.length > 0 && seen === touching.length ? 'completed' : seen > 0 ? 'incomplete' : 'not attempted';
    const success = possible === 0 ? 'unknown' : percent(earned, possible) >= data.masteryScore ? 'passed' : 'failed';
    const where = `objective ${objective.code}`;
    if (is2004) {
      expect([record.success_status, record.completion_status], where).toEqual([success, completion]);
    } else {
      expect(record.status, where).toBe(success === 'unknown' ? completion : success);
    }
    expect(at(record, 'score.raw'), where).toBe(possible === 0 ? '' : String(percent(earned, possible)));
  }
}
