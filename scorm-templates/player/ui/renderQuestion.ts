import type { PlayerQuestion } from '../../../shared/export/playerData';
import { answerFeedback } from '../../../shared/quiz/answerFeedback';
import type { LearnerAnswer } from '../../../shared/quiz/learnerAnswer';
import { parseCloze } from '../../../shared/quiz/parseCloze';
import { clozeBlankResults, type QuestionScore } from '../../../shared/quiz/scoreQuestion';
import { el } from './createElement';
import { shuffled } from './shuffled';
import type { Translate } from './translate';

export interface QuestionViewOptions {
  question: PlayerQuestion;
  number: number;
  total: number;
  /** Unique per question on the page, for input names and ids. */
  key: string;
  /** A previous answer (resume): shown locked with its feedback. */
  answer: LearnerAnswer | null;
  t: Translate;
  score: (answer: LearnerAnswer) => QuestionScore;
  /** Records a new answer; returns its score to show. */
  submit: (answer: LearnerAnswer) => QuestionScore;
}

interface Controls {
  nodes: Node[];
  /** The learner's answer, or a message key saying what is missing. */
  read: () => LearnerAnswer | 'answerRequired' | 'numberRequired';
  show: (answer: LearnerAnswer) => void;
}

function choiceControls(question: PlayerQuestion & { options: Array<{ text: string }> }, key: string, multiple: boolean): Controls {
  const inputs = question.options.map((_, index) => el('input', { type: multiple ? 'checkbox' : 'radio', name: key, id: `${key}-${index}`, value: index }));
  const nodes = question.options.map((option, index) => el('div', { class: 'spoc-option' }, inputs[index], el('label', { for: `${key}-${index}` }, option.text)));
  return {
    nodes,
    read: () => {
      const chosen = inputs.flatMap((input, index) => (input.checked ? [index] : []));
      return chosen.length ? chosen : 'answerRequired';
    },
    show: (answer) => inputs.forEach((input, index) => (input.checked = Array.isArray(answer) && answer.includes(index))),
  };
}

function trueFalseControls(key: string, t: Translate): Controls {
  const inputs = [true, false].map((value) => el('input', { type: 'radio', name: key, id: `${key}-${value}`, value: String(value) }));
  const nodes = inputs.map((input, index) => el('div', { class: 'spoc-option' }, input, el('label', { for: input.id }, t(index === 0 ? 'trueLabel' : 'falseLabel'))));
  return {
    nodes,
    read: () => (inputs[0]?.checked ? true : inputs[1]?.checked ? false : 'answerRequired'),
    show: (answer) => inputs.forEach((input, index) => (input.checked = answer === (index === 0))),
  };
}

function textControls(key: string, t: Translate, numeric: boolean): Controls {
  const input = el('input', { type: 'text', id: `${key}-text`, autocomplete: 'off', inputmode: numeric ? 'decimal' : null, spellcheck: 'false' });
  return {
    nodes: [el('label', { for: input.id }, t('yourAnswer')), input],
    read: () => {
      const text = input.value.trim();
      if (!text) return numeric ? 'numberRequired' : 'answerRequired';
      if (!numeric) return text;
      // Accept the French decimal comma as well as the point.
      const value = /^[-+]?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : NaN;
      return Number.isFinite(value) ? value : 'numberRequired';
    },
    show: (answer) => (input.value = String(answer)),
  };
}

/** The text with an input in each blank; once answered, each blank says whether it was right. */
function clozeControls(question: Extract<PlayerQuestion, { type: 'cloze' }>, key: string, t: Translate): Controls {
  const { parts, blanks } = parseCloze(question.text);
  const inputs = blanks.map((_, index) =>
    el('input', { type: 'text', class: 'spoc-blank', id: `${key}-blank-${index}`, autocomplete: 'off', spellcheck: 'false', 'aria-label': t('blankLabel', { number: index + 1, total: blanks.length }) }),
  );
  const text = el('p', { class: 'spoc-cloze' }, ...parts.map((part) => ('text' in part ? part.text : inputs[part.blank])));
  return {
    nodes: [text],
    read: () => {
      const typed = inputs.map((input) => input.value.trim());
      return typed.some((value) => value === '') ? 'answerRequired' : typed;
    },
    show: (answer) => {
      const results = clozeBlankResults(question, answer);
      inputs.forEach((input, index) => {
        const given = Array.isArray(answer) ? answer[index] : undefined;
        input.value = typeof given === 'string' ? given : '';
        input.classList.add(results[index] ? 'is-right' : 'is-wrong');
        if (!results[index]) input.setAttribute('aria-invalid', 'true');
      });
    },
  };
}

function matchingControls(question: Extract<PlayerQuestion, { type: 'matching' }>, key: string, t: Translate): Controls {
  const rights = shuffled(question.pairs.map((_, index) => index));
  const selects = question.pairs.map((_, left) =>
    el('select', { id: `${key}-${left}` }, el('option', { value: '' }, t('chooseMatch')), ...rights.map((right) => el('option', { value: right }, question.pairs[right]?.right ?? ''))),
  );
  return {
    nodes: question.pairs.map((pair, left) => el('div', { class: 'spoc-match' }, el('label', { for: `${key}-${left}` }, pair.left), selects[left])),
    read: () => {
      const answer = selects.map((select) => (select.value === '' ? null : Number(select.value)));
      return answer.every((value) => value !== null) ? answer : 'answerRequired';
    },
    show: (answer) => selects.forEach((select, left) => (select.value = Array.isArray(answer) && answer[left] !== null && answer[left] !== undefined ? String(answer[left]) : '')),
  };
}

function orderingControls(question: Extract<PlayerQuestion, { type: 'ordering' }>, key: string, t: Translate): Controls {
  let order = shuffled(question.items.map((_, index) => index));
  if (order.length > 1 && order.every((item, position) => item === position)) order = [...order.slice(1), order[0] as number];
  const list = el('ol', { class: 'spoc-order', id: `${key}-order` });
  const announcer = el('p', { class: 'spoc-sr-only', 'aria-live': 'polite' });
  let locked = false;
  const draw = (focusItem?: number, direction?: 'up' | 'down') => {
    list.replaceChildren(
      ...order.map((item, position) => {
        const text = question.items[item]?.text ?? '';
        const move = (delta: -1 | 1) => () => {
          const target = position + delta;
          if (locked || target < 0 || target >= order.length) return;
          [order[position], order[target]] = [order[target] as number, item];
          announcer.textContent = t('moved', { item: text, position: target + 1 });
          draw(item, delta < 0 ? 'up' : 'down');
        };
        const up = el('button', { type: 'button', class: 'spoc-move', 'aria-label': t('moveUp', { item: text }), disabled: locked || position === 0, onclick: move(-1) }, '↑');
        const down = el('button', { type: 'button', class: 'spoc-move', 'aria-label': t('moveDown', { item: text }), disabled: locked || position === order.length - 1, onclick: move(1) }, '↓');
        if (item === focusItem) queueMicrotask(() => ((direction === 'up' && !up.disabled) || down.disabled ? up : down).focus());
        return el('li', { 'data-item': item }, el('span', {}, text), el('span', { class: 'spoc-move-pair' }, up, down));
      }),
    );
  };
  draw();
  return {
    nodes: [list, announcer],
    read: () => [...order],
    show: (answer) => {
      locked = true;
      if (Array.isArray(answer) && answer.length === order.length) order = answer.map((item) => Number(item));
      draw();
    },
  };
}

function controlsFor(question: PlayerQuestion, key: string, t: Translate): Controls {
  switch (question.type) {
    case 'single-choice':
      return choiceControls(question, key, false);
    case 'multiple-choice':
      return choiceControls(question, key, true);
    case 'true-false':
      return trueFalseControls(key, t);
    case 'fill-in':
      return textControls(key, t, false);
    case 'cloze':
      return clozeControls(question, key, t);
    case 'numeric':
      return textControls(key, t, true);
    case 'matching':
      return matchingControls(question, key, t);
    case 'ordering':
      return orderingControls(question, key, t);
  }
}

/** One question as a form: answer, submit once, then locked with its feedback. */
export function renderQuestion(options: QuestionViewOptions): HTMLElement {
  const { question, key, t } = options;
  const controls = controlsFor(question, key, t);
  const feedback = el('div', { class: 'spoc-feedback', id: `${key}-feedback`, tabindex: '-1', 'aria-live': 'polite' });
  const submitButton = el('button', { type: 'submit', class: 'spoc-button' }, t('submitAnswer'));
  const legend = el('legend', {}, el('span', { class: 'spoc-question-number' }, t('questionOf', { number: options.number, total: options.total })), el('span', { class: 'spoc-prompt' }, question.prompt));
  const fieldset = el('fieldset', { 'aria-describedby': feedback.id }, legend, ...controls.nodes);
  const form = el('form', { class: 'spoc-question', novalidate: true, 'data-question-id': question.id }, fieldset, submitButton, feedback);

  const lock = (answer: LearnerAnswer, score: QuestionScore) => {
    controls.show(answer);
    fieldset.disabled = true;
    submitButton.hidden = true;
    form.classList.add(score.correct ? 'is-correct' : 'is-incorrect');
    feedback.replaceChildren(
      el('p', { class: 'spoc-verdict' }, t(score.correct ? 'correct' : 'incorrect')),
      ...answerFeedback(question, answer, score.correct).map((text) => el('p', {}, text)),
    );
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const answer = controls.read();
    if (answer === 'answerRequired' || answer === 'numberRequired') {
      feedback.replaceChildren(el('p', { class: 'spoc-hint' }, t(answer)));
      return;
    }
    lock(answer, options.submit(answer));
    feedback.focus();
  });
  if (options.answer !== null) lock(options.answer, options.score(options.answer));
  return form;
}
