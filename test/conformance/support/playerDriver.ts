import type { Frame } from 'playwright-core';
import type { PlayerData, PlayerQuestion } from '../../../shared/export/playerData';
import { parseCloze } from '../../../shared/quiz/parseCloze';

/** How the learner answers one question. */
export type AnswerIntent = 'right' | 'wrong';

export function readPlayerData(frame: Frame): Promise<PlayerData> {
  return frame.evaluate(() => (window as unknown as { SPOC_DATA: PlayerData }).SPOC_DATA);
}

function wrongChoice(question: Extract<PlayerQuestion, { options: unknown }>): number[] {
  const wrong = question.options.findIndex((option) => !option.correct);
  if (wrong >= 0) return [wrong];
  throw new Error(`question ${question.id} has no wrong option to pick`);
}

/** Answers one question form as a learner would (clicks, typing, selects, move buttons), then submits. */
export async function answerQuestion(frame: Frame, question: PlayerQuestion, intent: AnswerIntent): Promise<void> {
  const form = frame.locator(`form[data-question-id="${question.id}"]`);
  const right = intent === 'right';
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice': {
      const chosen = right ? question.options.flatMap((option, index) => (option.correct ? [index] : [])) : wrongChoice(question);
      for (const index of chosen) await form.locator(`input[value="${index}"]`).check();
      break;
    }
    case 'true-false':
      await form.locator(`input[value="${right ? question.answer : !question.answer}"]`).check();
      break;
    case 'fill-in':
      await form.locator('input[type="text"]').fill(right ? ` ${question.acceptedAnswers[0] ?? ''} ` : 'réponse fausse');
      break;
    case 'cloze': {
      // Wrong: the first blank only, so that one blank wrong is enough to fail the question.
      for (const [index, accepted] of parseCloze(question.text).blanks.entries()) {
        await form.locator('input.spoc-blank').nth(index).fill(right || index > 0 ? ` ${accepted[0] ?? ''} ` : 'réponse fausse');
      }
      break;
    }
    case 'numeric': {
      const value = right ? question.answer : question.answer + question.tolerance + 1_000;
      await form.locator('input[type="text"]').fill(String(value).replace('.', ','));
      break;
    }
    case 'matching':
      for (let left = 0; left < question.pairs.length; left += 1) {
        const target = right ? left : (left + 1) % question.pairs.length;
        await form.locator('select').nth(left).selectOption(String(target));
      }
      break;
    case 'ordering':
      // The player never starts in the right order, so "wrong" is submitting it untouched.
      if (right) {
        for (let wanted = 0; wanted < question.items.length; wanted += 1) {
          for (;;) {
            const order = await form.locator('li').evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-item'))));
            if (order.indexOf(wanted) === wanted) break;
            await form.locator(`li[data-item="${wanted}"] button`).first().click();
          }
        }
      }
      break;
  }
  await form.locator('button[type="submit"]').click();
  await form.locator(right ? '.spoc-verdict' : '.spoc-verdict').waitFor();
  const verdict = await form.getAttribute('class');
  const expected = right ? 'is-correct' : 'is-incorrect';
  if (!verdict?.includes(expected)) throw new Error(`question ${question.id} (${question.type}) answered ${intent} but shown as ${verdict}`);
}

/** Questions of the quiz on screen, in the order this attempt shows them. */
export async function questionsOnScreen(frame: Frame, data: PlayerData): Promise<PlayerQuestion[]> {
  const ids = await frame.locator('form[data-question-id]').evaluateAll((forms) => forms.map((form) => form.getAttribute('data-question-id')));
  const all = data.modules.flatMap((module) => module.capsules.flatMap((capsule) => capsule.quiz?.questions ?? []));
  return ids.map((id) => {
    const question = all.find((candidate) => candidate.id === id);
    if (!question) throw new Error(`question ${id} on screen is not in SPOC_DATA`);
    return question;
  });
}
