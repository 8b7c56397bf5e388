import type { Capsule, Module, Question } from '../model/course';
import type { CourseDocument } from '../model/courseDocument';
import type { ReviewAnchor } from '../model/review';
import { capsuleBlocks, normalizeSpaces, type CapsuleBlock } from './capsuleBlocks';

/** Where a comment's anchor is in the course now. Detached: its place was deleted or rewritten since the round. */
export interface AnchorPlace {
  attached: boolean;
  moduleId: string | null;
  capsuleId: string | null;
  questionId: string | null;
  /** The block's path today (it may have moved since the round). */
  path: string | null;
}

/** Lookups over one course document, built once for many anchors. */
export interface CourseLookup {
  modules: Map<string, Module>;
  capsules: Map<string, Capsule>;
  questions: Map<string, Question>;
  /** Capsule of each question. */
  capsuleOfQuestion: Map<string, string>;
  blocksOf(capsuleId: string): CapsuleBlock[];
}

export function courseLookup(doc: CourseDocument): CourseLookup {
  const capsuleOfQuiz = new Map(doc.quizzes.map((quiz) => [quiz.id, quiz.capsuleId]));
  const blocks = new Map<string, CapsuleBlock[]>();
  const capsules = new Map(doc.capsules.map((capsule) => [capsule.id, capsule]));
  return {
    modules: new Map(doc.modules.map((module) => [module.id, module])),
    capsules,
    questions: new Map(doc.questions.map((question) => [question.id, question])),
    capsuleOfQuestion: new Map(doc.questions.flatMap((question) => {
      const capsuleId = capsuleOfQuiz.get(question.quizId);
      return capsuleId ? [[question.id, capsuleId] as const] : [];
    })),
    blocksOf(capsuleId) {
      let found = blocks.get(capsuleId);
      if (!found) {
        const capsule = capsules.get(capsuleId);
        blocks.set(capsuleId, (found = capsule ? capsuleBlocks(capsule.content) : []));
      }
      return found;
    },
  };
}

/**
 * Finds an anchor in the current course. A block is found by its text as it was in the round's
 * snapshot (at its old path first, then anywhere in the capsule); a quote by its text.
 */
export function locateAnchor(anchor: ReviewAnchor, current: CourseLookup, snapshot: CourseLookup | null): AnchorPlace {
  const none: AnchorPlace = { attached: false, moduleId: null, capsuleId: null, questionId: null, path: null };
  const inCapsule = (capsuleId: string, extra: Partial<AnchorPlace> = {}, attached = true): AnchorPlace => {
    const capsule = current.capsules.get(capsuleId);
    if (!capsule) return { ...none, moduleId: snapshot?.capsules.get(capsuleId)?.moduleId ?? null, capsuleId: null };
    return { ...none, attached, moduleId: capsule.moduleId, capsuleId, ...extra };
  };
  switch (anchor.kind) {
    case 'course':
      return { ...none, attached: true };
    case 'module':
      return current.modules.has(anchor.moduleId) ? { ...none, attached: true, moduleId: anchor.moduleId } : none;
    case 'capsule':
      return inCapsule(anchor.capsuleId);
    case 'block': {
      const before = snapshot?.blocksOf(anchor.capsuleId).find((block) => block.path === anchor.path);
      const wanted = before ? before.text : normalizeSpaces(anchor.excerpt);
      const blocks = current.blocksOf(anchor.capsuleId);
      const same = blocks.find((block) => block.path === anchor.path && block.text === wanted) ?? blocks.find((block) => block.type === anchor.blockType && block.text === wanted);
      return inCapsule(anchor.capsuleId, { path: same?.path ?? null }, same !== undefined);
    }
    case 'quote': {
      const text = normalizeSpaces(anchor.quote.text);
      const block = current.blocksOf(anchor.capsuleId).find((candidate) => candidate.text.includes(text));
      return inCapsule(anchor.capsuleId, { path: block?.path ?? null }, block !== undefined);
    }
    case 'question':
    case 'option': {
      const question = current.questions.get(anchor.questionId);
      const capsuleId = current.capsuleOfQuestion.get(anchor.questionId);
      if (!question || !capsuleId) return inCapsule(anchor.capsuleId, {}, false);
      const optionKept = anchor.kind === 'question' || ('options' in question && question.options.some((option) => option.id === anchor.optionId));
      return inCapsule(capsuleId, { questionId: question.id }, optionKept);
    }
  }
}
