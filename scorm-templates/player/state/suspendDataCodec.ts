import type { PlayerCapsule, PlayerQuestion } from '../../../shared/export/playerData';
import type { LearnerAnswer } from '../../../shared/quiz/learnerAnswer';
import { emptyResumeState, type QuizProgress, type ResumeState } from './resumeState';

/*
 * suspend_data text: "s1|<fingerprint>|<location>|<viewed bits>|<quiz>;<quiz>…|<checksum>"
 * quiz: "<capsule>~<attempts>~<best earned>/<best possible>~<question>[=<answer>],…" (numbers base 36).
 * Answers are stored by position (options, pairs, items), and re-scored on resume, so the one
 * scoring path stays the judge. The checksum catches a state an LMS cut short.
 */
const FORMAT = 's1';

/** Ties a state to the package's structure: a republished course with other capsules ignores it. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return value.toString(36);
}

/** Ties a state to the package's structure: a republished course with other capsules ignores it. */
export function structureFingerprint(capsules: readonly PlayerCapsule[]): string {
  return hash(capsules.map((capsule) => `${capsule.id}:${capsule.quiz?.questions.map((question) => question.id).join(',') ?? ''}`).join('|'));
}

const b36 = (value: number) => value.toString(36);

function indexWidth(length: number): number {
  return length > 36 ? 2 : 1;
}

function encodeIndices(values: ReadonlyArray<number | null>, width: number): string {
  return values.map((value) => (value === null ? '_'.repeat(width) : b36(value).padStart(width, '0'))).join('');
}

/** Free text kept inside a quiz field: "~" separates quiz fields, "!" the blanks of a cloze; encodeURIComponent leaves both alone. */
const encodeText = (text: string) => encodeURIComponent(text).replace(/~/g, '%7E').replace(/!/g, '%21');

function decodeText(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function encodeAnswer(question: PlayerQuestion, answer: LearnerAnswer): string {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice':
      return b36((answer as number[]).reduce((mask, index) => mask + 2 ** index, 0));
    case 'true-false':
      return answer ? 't' : 'f';
    case 'fill-in':
      return encodeText(String(answer));
    case 'cloze':
      return (answer as string[]).map(encodeText).join('!');
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
      return decodeText(text);
    case 'cloze': {
      const blanks = text.split('!').map(decodeText);
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

function encodeViewed(viewed: readonly boolean[]): string {
  let text = '';
  for (let at = 0; at < viewed.length; at += 5) {
    let chunk = 0;
    for (let bit = 0; bit < 5; bit += 1) if (viewed[at + bit]) chunk |= 1 << bit;
    text += chunk.toString(32);
  }
  return text;
}

function decodeViewed(text: string, count: number): boolean[] | null {
  if (!/^[0-9a-v]*$/.test(text) || text.length !== Math.ceil(count / 5)) return null;
  return Array.from({ length: count }, (_, index) => ((parseInt(text[Math.floor(index / 5)] ?? '0', 32) >> index % 5) & 1) === 1);
}

function encodeQuiz(capsuleIndex: number, progress: QuizProgress, questions: readonly PlayerQuestion[], withAnswers: boolean): string {
  const best = progress.best ? `${progress.best.earned}/${progress.best.possible}` : '';
  const entries = withAnswers
    ? progress.order.map((questionIndex, position) => {
        const answer = progress.answers[position];
        const question = questions[questionIndex];
        return answer === null || answer === undefined || !question ? b36(questionIndex) : `${b36(questionIndex)}=${encodeAnswer(question, answer)}`;
      })
    : [];
  return `${b36(capsuleIndex)}~${b36(progress.attempts)}~${best}~${entries.join(',')}`;
}

function decodeQuiz(token: string, capsules: readonly PlayerCapsule[]): [number, QuizProgress] | null {
  const fields = token.split('~');
  const [capsuleText, attemptsText, bestText, entriesText] = fields;
  if (fields.length !== 4 || capsuleText === undefined || attemptsText === undefined || bestText === undefined || entriesText === undefined) return null;
  const capsuleIndex = parseInt(capsuleText, 36);
  const questions = capsules[capsuleIndex]?.quiz?.questions;
  if (!questions) return null;
  const [earnedText, possibleText] = bestText.split('/');
  const earned = Number(earnedText);
  const possible = Number(possibleText);
  const best = bestText !== '' && Number.isFinite(earned) && Number.isFinite(possible) && possible > 0 && earned >= 0 && earned <= possible ? { earned, possible } : null;
  const order: number[] = [];
  const answers: Array<LearnerAnswer | null> = [];
  for (const entry of entriesText === '' ? [] : entriesText.split(',')) {
    const separator = entry.indexOf('=');
    const questionIndex = parseInt(separator < 0 ? entry : entry.slice(0, separator), 36);
    const question = questions[questionIndex];
    if (!question || order.includes(questionIndex)) return null;
    order.push(questionIndex);
    answers.push(separator < 0 ? null : decodeAnswer(question, entry.slice(separator + 1)));
  }
  const attempts = parseInt(attemptsText, 36);
  return [capsuleIndex, { order, answers, attempts: Number.isFinite(attempts) ? attempts : 0, best }];
}

/**
 * Reads suspend_data back. Anything unreadable, or written for another structure, yields a
 * fresh state (or drops just the unreadable quiz) rather than a half-trusted one.
 */
export function decodeSuspendData(text: string, capsules: readonly PlayerCapsule[]): ResumeState {
  const fresh = emptyResumeState(capsules.length);
  const checksumAt = text.lastIndexOf('|');
  if (checksumAt < 0 || hash(text.slice(0, checksumAt)) !== text.slice(checksumAt + 1)) return fresh;
  const [format, fingerprint, locationText, viewedText, quizzesText] = text.slice(0, checksumAt).split('|');
  if (format !== FORMAT || fingerprint !== structureFingerprint(capsules) || quizzesText === undefined) return fresh;
  const viewed = decodeViewed(viewedText ?? '', capsules.length);
  const location = parseInt(locationText ?? '', 36);
  if (!viewed || !(location >= 0 && location < capsules.length)) return fresh;
  const quizzes = new Map<number, QuizProgress>();
  for (const token of quizzesText === '' ? [] : quizzesText.split(';')) {
    const quiz = decodeQuiz(token, capsules);
    if (quiz) quizzes.set(quiz[0], quiz[1]);
  }
  return { location, viewed, quizzes };
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
  const head = `${FORMAT}|${structureFingerprint(capsules)}|${b36(state.location)}|${encodeViewed(state.viewed)}|`;
  const quizIndices = [...state.quizzes.keys()].sort((a, b) => a - b);
  const keepAnswers = new Set(quizIndices);
  const dropOrder = [...quizIndices].sort((a, b) => Math.abs(b - state.location) - Math.abs(a - state.location));
  const sealed = (body: string) => `${body}|${hash(body)}`;
  const render = () =>
    sealed(
      head +
        quizIndices
          .map((index) => encodeQuiz(index, state.quizzes.get(index) as QuizProgress, capsules[index]?.quiz?.questions ?? [], keepAnswers.has(index)))
          .join(';'),
    );
  let text = render();
  for (const index of dropOrder) {
    if (text.length <= budget) break;
    keepAnswers.delete(index);
    text = render();
  }
  if (text.length > budget) text = sealed(head);
  return { text, complete: keepAnswers.size === quizIndices.length && text.length <= budget };
}
