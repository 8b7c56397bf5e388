import type { ScormVersion } from '../model/course';
import type { PlayerCapsule, PlayerQuestion, PlayerQuiz } from './playerData';
import { parseCloze } from '../quiz/parseCloze';
import type { LearnerAnswer } from '../quiz/learnerAnswer';
import { normalizeFreeText } from '../quiz/scoreQuestion';
import { emptyResumeState, scenarioKey, type QuizProgress, type ResumeState, type ScenarioProgress } from './resumeState';

/*
 * suspend_data text: "s2|<location>|<viewed>|<quiz>;<quiz>…|<checksum>"
 * Capsules are named by a 4-character key derived from their id (not by position), so a state
 * written before a republication still finds the capsules that remain.
 * quiz: "<capsule key><bank key>~<attempts>~<best earned>/<best possible>~<order>~<answer>,…"
 * (numbers base 36; order "*" = the whole bank in order, the usual case). The bank key ties
 * answers to the quiz's questions: a quiz whose questions changed keeps its attempts and best
 * score but starts a new attempt. Answers are stored by position and re-scored on resume, so the
 * one scoring path stays the judge. The checksum catches a state an LMS cut short.
 */
const FORMAT = 's2';
/*
 * "s3": the same, then "|<scenario>;<scenario>…" before the checksum, written only when the learner
 * is inside a scenario: "<capsule key><scenario key><situation key><attempt>.<step>" (keys of the
 * ids, numbers base 36). A scenario or situation no longer in the capsule is ignored on resume.
 */
const WITH_SCENARIOS = 's3';
const SCENARIO_KEY_WIDTH = 3;

/** suspend_data size each version guarantees (SPM): 1.2 4,096; 2004 3rd 4,000; 2004 4th 64,000. */
export function suspendDataLimit(version: ScormVersion): number {
  if (version === '1.2') return 4_096;
  return version === '2004-3rd' ? 4_000 : 64_000;
}
const CAPSULE_KEY_WIDTH = 4;
const BANK_KEY_WIDTH = 3;

function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return value.toString(36);
}

const keyOf = (text: string, width: number) => hash(text).padStart(width, '0').slice(-width);
const capsuleKey = (capsule: PlayerCapsule) => keyOf(capsule.id, CAPSULE_KEY_WIDTH);
const bankKey = (questions: readonly PlayerQuestion[]) => keyOf(questions.map((question) => question.id).join(','), BANK_KEY_WIDTH);

/** Capsule index by key; a key two capsules share (rare) names neither. */
function capsulesByKey(capsules: readonly PlayerCapsule[]): Map<string, number> {
  const byKey = new Map<string, number>();
  capsules.forEach((capsule, index) => {
    const key = capsuleKey(capsule);
    byKey.set(key, byKey.has(key) ? -1 : index);
  });
  return byKey;
}

/** Printable ASCII stays as is; separators ("!" parts a cloze's blanks) and other characters become "%xx" or "^xxxx" (code unit, base 36). */
function escapeText(text: string): string {
  let escaped = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code < 0x7f && !'%^,;|~!'.includes(text[i] as string)) escaped += text[i];
    else escaped += code < 1296 ? `%${code.toString(36).padStart(2, '0')}` : `^${code.toString(36).padStart(4, '0')}`;
  }
  return escaped;
}

function unescapeText(text: string): string | null {
  if (!/^(?:[^%^]|%[0-9a-z]{2}|\^[0-9a-z]{4})*$/.test(text)) return null;
  return text.replace(/%([0-9a-z]{2})|\^([0-9a-z]{4})/g, (_, short: string | undefined, long: string | undefined) => String.fromCharCode(parseInt(short ?? long ?? '0', 36)));
}

const b36 = (value: number) => value.toString(36);

function indexWidth(length: number): number {
  return length > 36 ? 2 : 1;
}

function encodeIndices(values: ReadonlyArray<number | null>, width: number): string {
  return values.map((value) => (value === null ? '_'.repeat(width) : b36(value).padStart(width, '0'))).join('');
}

function encodeAnswer(question: PlayerQuestion, answer: LearnerAnswer): string {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice':
      return b36((answer as number[]).reduce((mask, index) => mask + 2 ** index, 0));
    case 'true-false':
      return answer ? 't' : 'f';
    case 'fill-in': {
      // An answer judged equal to an accepted one is stored by its rank (and shown as that answer on
      // resume); any other after a quote, apart from "not answered".
      const given = normalizeFreeText(String(answer), question.caseSensitive);
      const accepted = question.acceptedAnswers.findIndex((candidate) => normalizeFreeText(candidate, question.caseSensitive) === given);
      return accepted >= 0 && accepted < 36 ? `#${b36(accepted)}` : `'${escapeText(String(answer))}`;
    }
    case 'cloze':
      return (answer as string[]).map(escapeText).join('!');
    case 'matching':
      return encodeIndices(answer as Array<number | null>, indexWidth(question.pairs.length));
    case 'ordering':
      return encodeIndices(answer as number[], indexWidth(question.items.length));
    case 'numeric':
      return String(answer);
  }
}

function decodeIndices(text: string, width: number, length: number): Array<number | null> | null {
  if (text.length !== width * length) return null;
  const values: Array<number | null> = [];
  for (let at = 0; at < text.length; at += width) {
    const chunk = text.slice(at, at + width);
    const value = parseInt(chunk, 36);
    if (chunk === '_'.repeat(width)) values.push(null);
    else if (/^[0-9a-z]+$/.test(chunk) && value < length) values.push(value);
    else return null;
  }
  return values;
}

function decodeAnswer(question: PlayerQuestion, text: string): LearnerAnswer | null {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice': {
      if (!/^[0-9a-z]{1,11}$/.test(text)) return null;
      const mask = parseInt(text, 36);
      return question.options.flatMap((_, index) => (Math.floor(mask / 2 ** index) % 2 === 1 ? [index] : []));
    }
    case 'true-false':
      return text === 't' ? true : text === 'f' ? false : null;
    case 'fill-in':
      if (text.startsWith('#')) return question.acceptedAnswers[parseInt(text.slice(1), 36)] ?? null;
      return text.startsWith("'") ? unescapeText(text.slice(1)) : null;
    case 'cloze': {
      const blanks = text.split('!').map(unescapeText);
      return blanks.every((blank) => blank !== null) ? (blanks as string[]) : null;
    }
    case 'matching':
      return decodeIndices(text, indexWidth(question.pairs.length), question.pairs.length);
    case 'ordering':
      return decodeIndices(text, indexWidth(question.items.length), question.items.length);
    case 'numeric': {
      const value = Number(text);
      return text !== '' && Number.isFinite(value) ? value : null;
    }
  }
}

function encodeOrder(order: readonly number[], bankSize: number): string {
  if (order.length === bankSize && order.every((questionIndex, position) => questionIndex === position)) return '*';
  return encodeIndices(order, indexWidth(bankSize));
}

function decodeOrder(text: string, bankSize: number): number[] | null {
  if (text === '*') return Array.from({ length: bankSize }, (_, index) => index);
  const width = indexWidth(bankSize);
  if (!/^[0-9a-z]*$/.test(text) || text.length % width !== 0) return null;
  const order = Array.from({ length: text.length / width }, (_, at) => parseInt(text.slice(at * width, at * width + width), 36));
  return new Set(order).size === order.length && order.every((index) => index < bankSize) ? order : null;
}

function encodeQuiz(capsule: PlayerCapsule, progress: QuizProgress, withAnswers: boolean): string {
  const questions = capsule.quiz?.questions ?? [];
  const best = progress.best ? `${b36(progress.best.earned)}/${b36(progress.best.possible)}` : '';
  const keep = withAnswers && progress.order.length > 0;
  const order = keep ? encodeOrder(progress.order, questions.length) : '';
  const answers = keep
    ? progress.order.map((questionIndex, position) => {
        const answer = progress.answers[position];
        const question = questions[questionIndex];
        return answer === null || answer === undefined || !question ? '' : encodeAnswer(question, answer);
      })
    : [];
  return `${capsuleKey(capsule)}${bankKey(questions)}~${b36(progress.attempts)}~${best}~${order}~${answers.join(',')}`;
}

const count = (text: string | undefined) => (text !== undefined && /^[0-9a-z]{1,8}$/.test(text) ? parseInt(text, 36) : NaN);

function decodeQuiz(token: string, capsules: readonly PlayerCapsule[], byKey: Map<string, number>): [number, QuizProgress] | null {
  const fields = token.split('~');
  const [keys, attemptsText, bestText, orderText, answersText] = fields;
  if (fields.length !== 5 || keys === undefined || bestText === undefined || orderText === undefined || answersText === undefined) return null;
  const capsuleIndex = byKey.get(keys.slice(0, CAPSULE_KEY_WIDTH)) ?? -1;
  const questions = capsules[capsuleIndex]?.quiz?.questions;
  if (!questions) return null;
  const [earnedText, possibleText] = bestText.split('/');
  const earned = count(earnedText);
  const possible = count(possibleText);
  const best = possible > 0 && earned >= 0 && earned <= possible ? { earned, possible } : null;
  const attempts = count(attemptsText);
  const progress: QuizProgress = { order: [], answers: [], attempts: Number.isFinite(attempts) ? attempts : 0, best };
  if (keys.slice(CAPSULE_KEY_WIDTH) !== bankKey(questions) || orderText === '') return [capsuleIndex, progress];
  const order = decodeOrder(orderText, questions.length);
  const texts = answersText.split(',');
  if (!order || texts.length !== order.length) return null;
  progress.order = order;
  progress.answers = order.map((questionIndex, position) => (texts[position] ? decodeAnswer(questions[questionIndex] as PlayerQuestion, texts[position] as string) : null));
  return [capsuleIndex, progress];
}

/**
 * Reads suspend_data back. An unreadable text yields a fresh state (an unreadable quiz, only that
 * quiz), never a half-trusted one; capsules and quizzes no longer in the SCO are ignored.
 */
export function decodeSuspendData(text: string, capsules: readonly PlayerCapsule[]): ResumeState {
  const fresh = emptyResumeState(capsules.length);
  const checksumAt = text.lastIndexOf('|');
  if (checksumAt < 0 || hash(text.slice(0, checksumAt)) !== text.slice(checksumAt + 1)) return fresh;
  const [format, locationKey, viewedText, quizzesText, ...rest] = text.slice(0, checksumAt).split('|');
  const scenariosText = format === WITH_SCENARIOS && rest.length === 1 ? rest[0] : undefined;
  if ((format !== FORMAT || rest.length > 0) && scenariosText === undefined) return fresh;
  if (locationKey === undefined || viewedText === undefined || quizzesText === undefined) return fresh;
  if (viewedText.length % CAPSULE_KEY_WIDTH !== 0) return fresh;
  const byKey = capsulesByKey(capsules);
  const state = emptyResumeState(capsules.length);
  for (let at = 0; at < viewedText.length; at += CAPSULE_KEY_WIDTH) {
    const index = byKey.get(viewedText.slice(at, at + CAPSULE_KEY_WIDTH)) ?? -1;
    if (index >= 0) state.viewed[index] = true;
  }
  state.location = Math.max(0, byKey.get(locationKey) ?? 0);
  for (const token of quizzesText === '' ? [] : quizzesText.split(';')) {
    const quiz = decodeQuiz(token, capsules, byKey);
    if (quiz) state.quizzes.set(quiz[0], quiz[1]);
  }
  for (const token of scenariosText ? scenariosText.split(';') : []) {
    const scenario = decodeScenario(token, capsules, byKey);
    if (scenario) (state.scenarios ??= new Map()).set(scenario[0], scenario[1]);
  }
  return state;
}

function encodeScenario(capsules: readonly PlayerCapsule[], key: string, progress: ScenarioProgress): string {
  const [capsuleIndex, scenarioId] = key.split('/');
  const capsule = capsules[Number(capsuleIndex)];
  if (!capsule || scenarioId === undefined) return '';
  return `${capsuleKey(capsule)}${keyOf(scenarioId, SCENARIO_KEY_WIDTH)}${keyOf(progress.at, SCENARIO_KEY_WIDTH)}${b36(progress.attempt)}.${b36(progress.step)}`;
}

function decodeScenario(token: string, capsules: readonly PlayerCapsule[], byKey: Map<string, number>): [string, ScenarioProgress] | null {
  const capsuleIndex = byKey.get(token.slice(0, CAPSULE_KEY_WIDTH)) ?? -1;
  const afterCapsule = CAPSULE_KEY_WIDTH + SCENARIO_KEY_WIDTH;
  const scenario = capsules[capsuleIndex]?.scenarios?.find((candidate) => keyOf(candidate.id, SCENARIO_KEY_WIDTH) === token.slice(CAPSULE_KEY_WIDTH, afterCapsule));
  const at = scenario?.situations.find((id) => keyOf(id, SCENARIO_KEY_WIDTH) === token.slice(afterCapsule, afterCapsule + SCENARIO_KEY_WIDTH));
  const [attemptText, stepText, ...rest] = token.slice(afterCapsule + SCENARIO_KEY_WIDTH).split('.');
  const attempt = count(attemptText);
  const step = count(stepText);
  if (!scenario || !at || !(attempt >= 1) || !(step >= 0) || rest.length > 0) return null;
  return [scenarioKey(capsuleIndex, scenario.id), { at, attempt, step }];
}

/** What was written and whether every answer fitted in the budget. */
export interface EncodedSuspendData {
  text: string;
  complete: boolean;
}

/**
 * Writes the state within `budget` characters. When it does not fit, the saved answers of the
 * quizzes farthest from the learner's place are left out first (their best scores stay, so
 * status and score survive); the result is always a whole, readable state.
 */
export function encodeSuspendData(state: ResumeState, capsules: readonly PlayerCapsule[], budget: number): EncodedSuspendData {
  const viewed = capsules.filter((_, index) => state.viewed[index]).map(capsuleKey).join('');
  const location = capsules[state.location];
  const scenarioTokens = [...(state.scenarios ?? [])].map(([key, progress]) => encodeScenario(capsules, key, progress)).filter(Boolean);
  let scenarios = scenarioTokens.length > 0 ? `|${scenarioTokens.join(';')}` : '';
  const headOf = () => `${scenarios ? WITH_SCENARIOS : FORMAT}|${location ? capsuleKey(location) : ''}|${viewed}|`;
  const quizIndices = [...state.quizzes.keys()].filter((index) => capsules[index]).sort((a, b) => a - b);
  const keepAnswers = new Set(quizIndices);
  const dropOrder = [...quizIndices].sort((a, b) => Math.abs(b - state.location) - Math.abs(a - state.location));
  const sealed = (body: string) => `${body}|${hash(body)}`;
  const render = () => sealed(headOf() + quizIndices.map((index) => encodeQuiz(capsules[index] as PlayerCapsule, state.quizzes.get(index) as QuizProgress, keepAnswers.has(index))).join(';') + scenarios);
  let text = render();
  for (const index of dropOrder) {
    if (text.length <= budget) break;
    keepAnswers.delete(index);
    text = render();
  }
  // Then the places in scenarios (a learner starts one again), then every quiz.
  const keptScenarios = text.length <= budget || scenarios === '';
  if (!keptScenarios) {
    scenarios = '';
    text = render();
  }
  if (text.length > budget) text = sealed(headOf());
  return { text, complete: keepAnswers.size === quizIndices.length && keptScenarios && text.length <= budget };
}

// A typed fill-in answer is assumed this much longer than the longest accepted one.
const FILL_IN_SLACK = 20;
const BLANK_SLACK = 10;

/** The answer whose stored form is the longest a learner can leave for this question. */
function longestAnswer(question: PlayerQuestion): LearnerAnswer {
  const last = (length: number) => Array.from({ length }, () => length - 1);
  switch (question.type) {
    case 'single-choice':
      return [question.options.length - 1];
    case 'multiple-choice':
      return question.options.map((_, index) => index);
    case 'true-false':
      return true;
    case 'fill-in':
      return `${question.acceptedAnswers.reduce((longest, accepted) => (accepted.length > longest.length ? accepted : longest), '')}${'x'.repeat(FILL_IN_SLACK)}`;
    case 'cloze':
      // A blank takes a word or two: less room beyond its longest accepted answer than a free answer.
      return parseCloze(question.text).blanks.map((accepted) => `${accepted.reduce((longest, answer) => (answer.length > longest.length ? answer : longest), '')}${'x'.repeat(BLANK_SLACK)}`);
    case 'matching':
      return last(question.pairs.length);
    case 'ordering':
      return last(question.items.length);
    case 'numeric':
      return -(Math.abs(question.answer) * 10 + question.tolerance + 1_000.125);
  }
}

function longestAttempt(quiz: PlayerQuiz): QuizProgress {
  const asked = Math.min(quiz.drawCount ?? Infinity, quiz.questions.length);
  const all = quiz.questions.map((_, index) => index);
  const order = asked === quiz.questions.length && !quiz.shuffle ? all : all.slice(-asked).reverse();
  const possible = quiz.questions.reduce((sum, question) => sum + question.points, 0) || quiz.questions.length;
  return { order, answers: order.map((index) => longestAnswer(quiz.questions[index] as PlayerQuestion)), attempts: 1_295, best: { earned: possible, possible } };
}

/** The longest checksum the state ends with (a 32-bit hash in base 36). */
const MAX_HASH_LENGTH = (0xffffffff).toString(36).length;

/** What a quiz adds at most to its SCO's suspend_data: its entry for the learner leaving the longest answers. */
export function worstQuizEntryLength(capsule: PlayerCapsule): number {
  return capsule.quiz && capsule.quiz.questions.length > 0 ? encodeQuiz(capsule, longestAttempt(capsule.quiz), true).length : 0;
}

/**
 * The longest suspend_data a learner can leave in a SCO (every capsule viewed, every quiz answered
 * at length, the longest checksum), and how much each quiz adds to it. Counted from its parts as
 * encodeSuspendData writes them; quizEntryLength may remember entries of quizzes that did not change.
 */
export function worstCaseSuspendData(
  capsules: readonly PlayerCapsule[],
  quizEntryLength: (capsule: PlayerCapsule, capsuleIndex: number) => number = worstQuizEntryLength,
): { length: number; quizzes: Array<{ capsuleIndex: number; length: number }> } {
  const last = capsules[capsules.length - 1];
  const head = `${FORMAT}|${last ? capsuleKey(last) : ''}|`.length + capsules.length * CAPSULE_KEY_WIDTH + 1;
  const quizzes = capsules.flatMap((capsule, capsuleIndex) => (capsule.quiz && capsule.quiz.questions.length > 0 ? [{ capsuleIndex, length: quizEntryLength(capsule, capsuleIndex) }] : []));
  const entries = quizzes.reduce((sum, quiz) => sum + quiz.length, 0) + Math.max(0, quizzes.length - 1);
  // Every scenario in progress, started many times over.
  const scenarioTokens = capsules.flatMap((capsule, capsuleIndex) =>
    (capsule.scenarios ?? []).map((scenario) => encodeScenario(capsules, scenarioKey(capsuleIndex, scenario.id), { at: scenario.situations.at(-1) ?? '', attempt: 1_295, step: 1_295 })),
  );
  const scenarios = scenarioTokens.length > 0 ? `|${scenarioTokens.join(';')}`.length : 0;
  return { length: head + entries + scenarios + 1 + MAX_HASH_LENGTH, quizzes };
}
