import { diffArrays, diffWords } from 'diff';
import { byPosition } from '../model/byPosition';
import type { CourseDocument } from '../model/courseDocument';
import type { Question } from '../model/course';
import { capsuleBlocks } from './capsuleBlocks';

export type ChangedItemKind = 'module' | 'capsule' | 'question';

/** A module, capsule or question that appeared, disappeared or changed place between two rounds. */
export interface StructureChange {
  kind: ChangedItemKind;
  change: 'added' | 'removed' | 'moved';
  id: string;
  title: string;
  /** The module it is in now (or was in, when removed). */
  moduleTitle: string | null;
}

export interface DiffPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** Words changed in one item's text: capsule content, titles, a question with its options and feedback. */
export interface TextChange {
  kind: ChangedItemKind;
  id: string;
  title: string;
  parts: DiffPart[];
}

export interface CourseChanges {
  structure: StructureChange[];
  text: TextChange[];
}

/** Unchanged runs longer than this many words are shortened to their ends in a diff. */
const CONTEXT_WORDS = 12;

/**
 * What changed from one round's snapshot to the next, limited to the modules in `moduleIds` (null =
 * all): added, removed and moved items (moved = out of the longest common order, or into another
 * module or quiz), and word-level diffs of their text.
 */
export function diffCourseDocuments(before: CourseDocument, after: CourseDocument, moduleIds: readonly string[] | null): CourseChanges {
  const inScope = (moduleId: string) => moduleIds === null || moduleIds.includes(moduleId);
  const structure: StructureChange[] = [];
  const text: TextChange[] = [];
  const moduleTitle = (doc: CourseDocument, id: string) => doc.modules.find((module) => module.id === id)?.title ?? null;

  const itemsOf = (doc: CourseDocument) => {
    const modules = [...doc.modules].sort(byPosition).filter((module) => inScope(module.id));
    const capsules = [...doc.capsules].sort(byPosition).filter((capsule) => inScope(capsule.moduleId));
    const capsuleById = new Map(capsules.map((capsule) => [capsule.id, capsule]));
    const quizCapsule = new Map(doc.quizzes.map((quiz) => [quiz.id, quiz.capsuleId]));
    const questions = [...doc.questions].sort(byPosition).filter((question) => capsuleById.has(quizCapsule.get(question.quizId) ?? ''));
    const moduleOfQuestion = (question: Question) => capsuleById.get(quizCapsule.get(question.quizId) ?? '')?.moduleId ?? '';
    return { modules, capsules, questions, moduleOfQuestion };
  };
  const old = itemsOf(before);
  const now = itemsOf(after);

  const compare = <T extends { id: string }>(
    kind: ChangedItemKind,
    previous: T[],
    current: T[],
    groupOf: (item: T) => string,
    describe: (item: T, doc: CourseDocument) => { title: string; moduleTitle: string | null; body: string },
  ) => {
    const previousById = new Map(previous.map((item) => [item.id, item]));
    const currentIds = new Set(current.map((item) => item.id));
    for (const item of current) if (!previousById.has(item.id)) structure.push({ kind, change: 'added', id: item.id, ...pick(describe(item, after)) });
    for (const item of previous) if (!currentIds.has(item.id)) structure.push({ kind, change: 'removed', id: item.id, ...pick(describe(item, before)) });
    const kept = current.filter((item) => previousById.has(item.id));
    const moved = new Set(kept.filter((item) => groupOf(item) !== groupOf(previousById.get(item.id) as T)).map((item) => item.id));
    const keptBefore = previous.filter((item) => currentIds.has(item.id) && !moved.has(item.id)).map((item) => item.id);
    const keptAfter = kept.filter((item) => !moved.has(item.id)).map((item) => item.id);
    for (const part of diffArrays(keptBefore, keptAfter)) if (part.added) for (const id of part.value) moved.add(id);
    for (const item of kept) {
      const was = describe(previousById.get(item.id) as T, before);
      const is = describe(item, after);
      if (moved.has(item.id)) structure.push({ kind, change: 'moved', id: item.id, ...pick(is) });
      if (was.body !== is.body) text.push({ kind, id: item.id, title: is.title, parts: wordDiff(was.body, is.body) });
    }
  };
  const pick = ({ title, moduleTitle }: { title: string; moduleTitle: string | null }) => ({ title, moduleTitle });

  compare('module', old.modules, now.modules, () => '', (module) => ({ title: module.title, moduleTitle: null, body: `${module.title}\n${module.summary}` }));
  compare('capsule', old.capsules, now.capsules, (capsule) => capsule.moduleId, (capsule, doc) => ({
    title: capsule.title,
    moduleTitle: moduleTitle(doc, capsule.moduleId),
    body: [capsule.title, ...capsuleBlocks(capsule.content).filter((block) => !block.path.includes('.')).map((block) => block.text)].join('\n'),
  }));
  compare('question', old.questions, now.questions, (question) => question.quizId, (question, doc) => ({
    title: question.prompt,
    moduleTitle: moduleTitle(doc, doc === before ? old.moduleOfQuestion(question) : now.moduleOfQuestion(question)),
    body: questionText(question),
  }));
  return { structure, text };
}

/** A question's words as a reviewer reads them: prompt, answers, feedback. */
function questionText(question: Question): string {
  const answers = (() => {
    switch (question.type) {
      case 'single-choice':
      case 'multiple-choice':
        return question.options.map((option) => `${option.correct ? '✓' : '✗'} ${option.text} ${option.feedback}`);
      case 'true-false':
        return [String(question.answer)];
      case 'fill-in':
        return question.acceptedAnswers;
      case 'cloze':
        return [question.text];
      case 'matching':
        return question.pairs.map((pair) => `${pair.left} → ${pair.right}`);
      case 'ordering':
        return question.items.map((item) => item.text);
      case 'numeric':
        return [`${question.answer} ± ${question.tolerance}`];
    }
  })();
  return [question.prompt, ...answers, question.feedbackCorrect, question.feedbackIncorrect].join('\n');
}

/** Word-level diff with long unchanged runs cut down to a few words on each side. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((part): DiffPart => {
    const op = part.added ? 'added' : part.removed ? 'removed' : 'same';
    return { op, text: op === 'same' ? shortened(part.value) : part.value };
  });
}

function shortened(text: string): string {
  const words = text.split(/(\s+)/);
  if (words.length <= CONTEXT_WORDS * 4) return text;
  return `${words.slice(0, CONTEXT_WORDS * 2).join('')} … ${words.slice(-CONTEXT_WORDS * 2).join('')}`;
}
