import type { Frame } from 'playwright-core';
import type { PlayerData } from '../../../shared/export/playerData';

/**
 * From the capsule on screen to the last one, answers every open question right and goes on with
 * the pager, through the same controls a learner uses but inside the page, in one round trip: for
 * long courses, where driving each click from the test is too slow. The player renders each step
 * synchronously, so the page is read between clicks. Returns the capsules seen and questions answered.
 * With `typedFillIn`, fill-in questions get that text instead (right or wrong as it happens).
 */
export function readToTheEndAnsweringRight(frame: Frame, typedFillIn?: string): Promise<{ capsules: string[]; answered: number }> {
  return frame.evaluate((typed) => {
    const data = (window as unknown as { SPOC_DATA: PlayerData }).SPOC_DATA;
    const questions = new Map(data.modules.flatMap((module) => module.capsules.flatMap((capsule) => capsule.quiz?.questions ?? [])).map((question) => [question.id, question]));
    const setText = (form: HTMLFormElement, value: string) => {
      const input = form.querySelector<HTMLInputElement>('input[type="text"]');
      if (input) input.value = value;
    };
    const capsules: string[] = [];
    let answered = 0;
    for (;;) {
      capsules.push(document.getElementById('spoc-capsule-title')?.textContent ?? '');
      const forms = [...document.querySelectorAll<HTMLFormElement>('form[data-question-id]')].filter((form) => !form.querySelector('fieldset')?.disabled);
      for (const form of forms) {
        const question = questions.get(form.dataset.questionId ?? '');
        if (!question) throw new Error(`question ${form.dataset.questionId} is not in SPOC_DATA`);
        switch (question.type) {
          case 'single-choice':
          case 'multiple-choice':
            question.options.forEach((option, index) => {
              if (option.correct) form.querySelector<HTMLInputElement>(`input[value="${index}"]`)?.click();
            });
            break;
          case 'true-false':
            form.querySelector<HTMLInputElement>(`input[value="${question.answer}"]`)?.click();
            break;
          case 'fill-in':
            setText(form, typed ?? question.acceptedAnswers[0] ?? '');
            break;
          case 'cloze': {
            const firstAnswers = [...question.text.matchAll(/\[([^[\]]*)\]/g)].map((blank) => (blank[1] ?? '').split('|')[0]?.trim() ?? '');
            form.querySelectorAll<HTMLInputElement>('input.spoc-blank').forEach((input, index) => (input.value = firstAnswers[index] ?? ''));
            break;
          }
          case 'numeric':
            setText(form, String(question.answer));
            break;
          case 'matching':
            form.querySelectorAll('select').forEach((select, left) => (select.value = String(left)));
            break;
          case 'ordering':
            for (let wanted = 0; wanted < question.items.length; wanted += 1) {
              for (let guard = 0; guard < 100; guard += 1) {
                const order = [...form.querySelectorAll('li')].map((item) => Number(item.getAttribute('data-item')));
                if (order.indexOf(wanted) === wanted) break;
                form.querySelector<HTMLButtonElement>(`li[data-item="${wanted}"] button`)?.click();
              }
            }
            break;
        }
        form.requestSubmit();
        if (!form.classList.contains('is-correct') && !(typed !== null && question.type === 'fill-in')) throw new Error(`question ${question.id} (${question.type}) was not judged correct`);
        answered += 1;
      }
      const next = document.querySelector<HTMLButtonElement>('.spoc-pager .spoc-button:not(.spoc-button--secondary)');
      if (!next) return { capsules, answered };
      next.click();
    }
  }, typedFillIn ?? null);
}
