import { parseCloze } from '../../../shared/quiz/parseCloze';
import { Paragraph, TextRun } from 'docx';
import type { ChoiceOption, Question, Quiz } from '../../../shared/model/course';
import { quiz as quizMessages } from '../../../shared/i18n/quiz';
import { heading, metaLine, type Block } from './docxBlocks';
import { objectiveCodes, type StoryboardContext } from './storyboardContext';
import { COLOURS } from './storyboardStyles';

const INDENT = { left: 567 };

function decimal(value: number, context: StoryboardContext): string {
  const text = String(value);
  return context.language === 'fr' ? text.replace('.', ',') : text;
}

/** An answer line: correct ones carry a tick and the words "correct answer", so the mark survives black-and-white printing. */
function answerLine(text: string, correct: boolean, context: StoryboardContext, keepNext = false): Paragraph {
  return new Paragraph({
    indent: INDENT,
    keepLines: true,
    keepNext,
    children: correct
      ? [new TextRun({ text: '✔ ', bold: true, color: COLOURS.correct }), new TextRun({ text, bold: true }), new TextRun({ text: ` (${context.t('correctMark')})`, bold: true, color: COLOURS.correct })]
      : [new TextRun({ text: '○ ', color: COLOURS.muted }), new TextRun(text)],
  });
}

/** A line of the expected answer where every line is right (pairs, order, accepted answers): ticked, not labelled. */
function expectedLine(text: string): Paragraph {
  return new Paragraph({ indent: INDENT, keepLines: true, children: [new TextRun({ text: '✔ ', bold: true, color: COLOURS.correct }), new TextRun({ text, bold: true })] });
}

function feedbackLine(text: string, indent = INDENT.left): Paragraph {
  return new Paragraph({ style: 'StoryboardMeta', indent: { left: indent }, children: [new TextRun({ text, italics: true })] });
}

function optionBlocks(options: readonly ChoiceOption[], context: StoryboardContext): Block[] {
  return options.flatMap((option) => [
    // An option stays on the page of its feedback.
    answerLine(option.text, option.correct, context, option.feedback.trim() !== ''),
    ...(option.feedback.trim() ? [feedbackLine(context.t('optionFeedback', { text: option.feedback.trim() }), INDENT.left + 340)] : []),
  ]);
}

function answerBlocks(question: Question, context: StoryboardContext): Block[] {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice':
      return optionBlocks(question.options, context);
    case 'true-false':
      return [
        answerLine(context.text(quizMessages, 'answerTrue'), question.answer, context),
        answerLine(context.text(quizMessages, 'answerFalse'), !question.answer, context),
      ];
    case 'fill-in': {
      const answers = question.acceptedAnswers.join(' / ');
      return [expectedLine(context.t('acceptedAnswers', { answers }) + (question.caseSensitive ? ` (${context.t('caseSensitive')})` : ''))];
    }
    case 'cloze': {
      const { parts, blanks } = parseCloze(question.text);
      const sentence = parts.map((part) => ('text' in part ? part.text : `[${part.blank + 1}] ______`)).join('');
      return [
        new Paragraph({ indent: INDENT, keepNext: true, text: sentence }),
        ...blanks.map((answers, index) => expectedLine(`[${index + 1}] ${answers.join(' / ')}`)),
      ];
    }
    case 'matching':
      return [
        new Paragraph({ indent: INDENT, keepNext: true, text: context.t('correctPairs') }),
        ...question.pairs.map((pair) => expectedLine(`${pair.left} → ${pair.right}`)),
      ];
    case 'ordering':
      return [
        new Paragraph({ indent: INDENT, keepNext: true, text: context.t('correctOrder') }),
        ...question.items.map((item, index) => expectedLine(`${index + 1}. ${item.text}`)),
      ];
    case 'numeric': {
      const value = decimal(question.answer, context);
      const answer = question.tolerance > 0 ? context.t('numericAnswer', { value, tolerance: decimal(question.tolerance, context) }) : value;
      return [expectedLine(context.t('answerIs', { answer }))];
    }
  }
}

function questionBlocks(question: Question, number: number, context: StoryboardContext): Block[] {
  const codes = objectiveCodes(context, question.objectiveIds);
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 200 },
      children: [
        new TextRun({ text: context.t('questionHeading', { number }), bold: true, color: COLOURS.heading }),
        new TextRun({ text: ` · ${context.text(quizMessages, `type.${question.type}`)} · ${context.t('points', { count: question.points })}`, color: COLOURS.muted }),
      ],
    }),
    ...question.prompt
      .split(/\r?\n/)
      .filter((line) => line.trim())
      .map((line) => new Paragraph({ keepNext: true, children: [new TextRun(line.trim())] })),
    ...answerBlocks(question, context),
    ...(question.feedbackCorrect.trim() ? [feedbackLine(context.t('feedbackCorrect', { text: question.feedbackCorrect.trim() }))] : []),
    ...(question.feedbackIncorrect.trim() ? [feedbackLine(context.t('feedbackIncorrect', { text: question.feedbackIncorrect.trim() }))] : []),
    ...(codes ? [feedbackLine(context.t('questionObjectives', { codes }))] : []),
  ];
}

/** "Quiz: <title>", unless the title already says it is a quiz or only repeats its capsule's. */
function quizTitle(quiz: Quiz, capsuleTitle: string, context: StoryboardContext): string {
  const title = quiz.title.trim();
  if (!title || title.toLowerCase() === capsuleTitle.trim().toLowerCase()) return context.t('quizUntitled');
  return title.toLowerCase().startsWith(context.t('quizUntitled').toLowerCase()) ? title : context.t('quizHeading', { title });
}

/** A quiz as the client checks it: its settings, then every question with the right answers marked and the feedback. */
export function quizBlocks(quiz: Quiz, capsuleTitle: string, context: StoryboardContext, headingLevel: number): Block[] {
  const questions = context.index.questionsOf(quiz.id);
  const passingScore = quiz.passingScore ?? context.doc.course.masteryScore;
  const settings = [
    context.t('questions', { count: questions.length }) + (quiz.drawCount !== null && quiz.drawCount < questions.length ? `, ${context.t('drawCount', { count: quiz.drawCount })}` : ''),
    context.t('passMark', { value: passingScore }),
    quiz.shuffle ? context.t('shuffled') : '',
  ];
  return [
    heading(headingLevel, quizTitle(quiz, capsuleTitle, context)),
    metaLine(settings),
    ...(quiz.feedbackPassed.trim() ? [feedbackLine(context.t('feedbackPassed', { text: quiz.feedbackPassed.trim() }), 0)] : []),
    ...(quiz.feedbackFailed.trim() ? [feedbackLine(context.t('feedbackFailed', { text: quiz.feedbackFailed.trim() }), 0)] : []),
    ...(questions.length === 0 ? [new Paragraph({ text: context.t('noQuestion') })] : questions.flatMap((question, index) => questionBlocks(question, index + 1, context))),
  ];
}
