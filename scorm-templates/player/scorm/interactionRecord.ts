import type { PlayerQuestion } from '../../../shared/export/playerData';
import type { LearnerAnswer } from '../../../shared/quiz/learnerAnswer';
import { parseCloze } from '../../../shared/quiz/parseCloze';
import type { QuestionScore } from '../../../shared/quiz/scoreQuestion';
import type { ScormDialect } from './scormDialect';
import { formatDuration, formatTimestamp } from './formatScormTime';
import { interactionId, objectiveId, scenarioInteractionId } from './scormIdentifiers';

/** One answered question as the LMS sees it. */
export interface AnsweredQuestion {
  question: PlayerQuestion;
  answer: LearnerAnswer;
  score: QuestionScore;
  answeredAt: Date;
  latencyMs: number;
  /** The quiz attempt (1 = first), part of the interaction id. */
  attempt: number;
}

const CODE_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Short identifier of the i-th option/pair/item; 1.2 only has single characters, so 36 at most. */
function itemCode(dialect: ScormDialect, index: number): string | null {
  if (index < CODE_CHARS.length) return CODE_CHARS[index] ?? null;
  return dialect === '1.2' ? null : `i${index}`;
}

const INTERACTION_TYPE: Record<PlayerQuestion['type'], string> = {
  'single-choice': 'choice',
  'multiple-choice': 'choice',
  'true-false': 'true-false',
  'fill-in': 'fill-in',
  cloze: 'fill-in',
  matching: 'matching',
  ordering: 'sequencing',
  numeric: 'numeric',
};

/** CMIDecimal: no exponent, at most 10 integer digits; null when the number cannot be written so. */
function decimal(value: number): string | null {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e10) return null;
  const text = value.toFixed(10).replace(/0+$/, '').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}

/** 2004 reserves "[,]", "[.]", "[:]" and a leading "{…}"; 1.2 fields hold 255 characters. */
function freeText(dialect: ScormDialect, text: string, language: string): string {
  if (dialect === '1.2') return text.slice(0, 255);
  const safe = text.replace(/\[([,.:])\]/g, '[ $1]').slice(0, 250);
  return safe.startsWith('{') ? `{lang=${language}}${safe}` : safe;
}

function codeList(dialect: ScormDialect, indices: ReadonlyArray<number | null>): string | null {
  const codes = indices.map((index) => (index === null ? null : itemCode(dialect, index)));
  if (codes.some((code) => code === null)) return null;
  return codes.join(dialect === '1.2' ? ',' : '[,]');
}

function pairList(dialect: ScormDialect, rights: ReadonlyArray<number | null>): string | null {
  const pairs: string[] = [];
  for (const [left, right] of rights.entries()) {
    if (right === null) continue;
    const source = itemCode(dialect, left);
    const target = itemCode(dialect, right);
    if (source === null || target === null) return null;
    pairs.push(dialect === '1.2' ? `${source}.${target}` : `${source}[.]${target}`);
  }
  return pairs.join(dialect === '1.2' ? ',' : '[,]');
}

/** A cloze's blanks as one fill-in response: 2004 delimits them with "[,]"; 1.2 has no delimiter, a comma is the custom. */
function blankList(dialect: ScormDialect, texts: readonly string[], language: string): string {
  if (dialect === '1.2') return freeText(dialect, texts.join(','), language);
  return texts.map((text) => freeText(dialect, text, language)).join('[,]');
}

/** The first `limit` ways to fill every blank right (one accepted answer per blank), in the designer's order. */
function clozeCombinations(blanks: readonly string[][], limit: number): string[][] {
  let combinations: string[][] = [[]];
  for (const accepted of blanks) combinations = combinations.flatMap((start) => accepted.map((answer) => [...start, answer])).slice(0, limit);
  return combinations;
}

const range = (length: number) => Array.from({ length }, (_, index) => index);
const asIndices = (answer: LearnerAnswer): ReadonlyArray<number | null> => (Array.isArray(answer) ? answer : []);

/** The learner's response in the version's format; null when it cannot be expressed (then omitted). */
function learnerResponse(dialect: ScormDialect, question: PlayerQuestion, answer: LearnerAnswer, language: string): string | null {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice':
    case 'ordering':
      return codeList(dialect, asIndices(answer));
    case 'true-false':
      return dialect === '1.2' ? (answer ? 't' : 'f') : answer ? 'true' : 'false';
    case 'fill-in':
      return freeText(dialect, String(answer), language);
    case 'cloze':
      return Array.isArray(answer) && answer.every((text: unknown) => typeof text === 'string') ? blankList(dialect, answer as string[], language) : null;
    case 'matching':
      return pairList(dialect, asIndices(answer));
    case 'numeric':
      return typeof answer === 'number' ? decimal(answer) : null;
  }
}

/** Every correct response pattern, in the version's format (several for accepted fill-in answers). */
function correctPatterns(dialect: ScormDialect, question: PlayerQuestion, language: string): string[] {
  const patterns = (() => {
    switch (question.type) {
      case 'single-choice':
        return question.options.flatMap((option, index) => (option.correct ? [codeList(dialect, [index])] : []));
      case 'multiple-choice':
        return [codeList(dialect, question.options.flatMap((option, index) => (option.correct ? [index] : [])))];
      case 'true-false':
        return [dialect === '1.2' ? (question.answer ? 't' : 'f') : String(question.answer)];
      case 'fill-in':
        return question.acceptedAnswers.map((accepted) =>
          dialect === '2004' && question.caseSensitive ? `{case_matters=true}${freeText(dialect, accepted, language)}` : freeText(dialect, accepted, language),
        );
      case 'cloze':
        return clozeCombinations(parseCloze(question.text).blanks, 10)
          .map((texts) => blankList(dialect, texts, language))
          // A 2004 fill-in pattern may not repeat a response (strict runtimes refuse it).
          .filter((pattern) => dialect === '1.2' || new Set(pattern.split('[,]')).size === pattern.split('[,]').length)
          .map((pattern) => (dialect === '2004' && question.caseSensitive ? `{case_matters=true}${pattern}` : pattern));
      case 'matching':
        return [pairList(dialect, range(question.pairs.length))];
      case 'ordering':
        return [codeList(dialect, range(question.items.length))];
      case 'numeric': {
        const low = decimal(question.answer - question.tolerance);
        const high = decimal(question.answer + question.tolerance);
        if (dialect === '1.2' || question.tolerance === 0) return [decimal(question.answer)];
        return [low !== null && high !== null ? `${low}[:]${high}` : null];
      }
    }
  })();
  // 10 patterns is the smallest maximum an LMS must store.
  return patterns.filter((pattern): pattern is string => pattern !== null && pattern !== '').slice(0, 10);
}

/**
 * The cmi.interactions.n elements, in the order an LMS accepts them (id, then type before the
 * response fields), formatted for the version.
 */
export function interactionElements(dialect: ScormDialect, index: number, answered: AnsweredQuestion, language: string): Array<[string, string]> {
  const { question, answer, score } = answered;
  const prefix = `cmi.interactions.${index}.`;
  const elements: Array<[string, string]> = [
    [`${prefix}id`, interactionId(dialect, question.id, answered.attempt)],
    [`${prefix}type`, INTERACTION_TYPE[question.type]],
  ];
  question.objectiveIds.forEach((id, position) => elements.push([`${prefix}objectives.${position}.id`, objectiveId(dialect, id)]));
  elements.push([dialect === '1.2' ? `${prefix}time` : `${prefix}timestamp`, formatTimestamp(dialect, answered.answeredAt)]);
  correctPatterns(dialect, question, language).forEach((pattern, position) => elements.push([`${prefix}correct_responses.${position}.pattern`, pattern]));
  elements.push([`${prefix}weighting`, decimal(question.points) ?? '0']);
  const response = learnerResponse(dialect, question, answer, language);
  if (response !== null) elements.push([dialect === '1.2' ? `${prefix}student_response` : `${prefix}learner_response`, response]);
  elements.push([`${prefix}result`, score.correct ? 'correct' : dialect === '1.2' ? 'wrong' : 'incorrect']);
  elements.push([`${prefix}latency`, formatDuration(dialect, answered.latencyMs)]);
  if (dialect === '2004') elements.push([`${prefix}description`, freeText(dialect, question.prompt, language)]);
  return elements;
}

/** One decision taken in a branching scenario, as the LMS sees it. */
export interface MadeChoice {
  capsuleId: string;
  scenarioId: string;
  situationId: string;
  /** The situation's title, the 2004 description. */
  situationTitle: string;
  /** Position of the choice in its situation (its response code: a, b, c…). */
  choice: number;
  /** 1 for the run's first decision, 2 for the next… */
  step: number;
  attempt: number;
  madeAt: Date;
  latencyMs: number;
}

/** The cmi.interactions.n elements of a scenario decision: a "choice" interaction whose result is neutral (a path, not a score). */
export function choiceInteractionElements(dialect: ScormDialect, index: number, made: MadeChoice, language: string): Array<[string, string]> {
  const prefix = `cmi.interactions.${index}.`;
  const elements: Array<[string, string]> = [
    [`${prefix}id`, scenarioInteractionId(dialect, made.capsuleId, made.scenarioId, made.situationId, made.step, made.attempt)],
    [`${prefix}type`, 'choice'],
    [dialect === '1.2' ? `${prefix}time` : `${prefix}timestamp`, formatTimestamp(dialect, made.madeAt)],
  ];
  const response = itemCode(dialect, made.choice);
  if (response !== null) elements.push([dialect === '1.2' ? `${prefix}student_response` : `${prefix}learner_response`, response]);
  elements.push([`${prefix}result`, 'neutral'], [`${prefix}latency`, formatDuration(dialect, made.latencyMs)]);
  if (dialect === '2004' && made.situationTitle) elements.push([`${prefix}description`, freeText(dialect, made.situationTitle, language)]);
  return elements;
}
