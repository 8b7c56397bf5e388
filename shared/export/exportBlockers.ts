import { EXPORT_BLOCKER_CHECK, type Finding, type FindingTarget } from '../checks/finding';
import type { CourseDocument } from '../model/courseDocument';
import type { ExportMessageKey } from '../i18n/exportMessages';
import { indexCourse, type CourseIndex } from './courseIndex';
import type { ExportOptions } from './exportOptions';
import { packageScopesOf } from './exportScopes';
import { mediaBlocksOf } from './mediaBlocks';
import { validateQuiz } from '../authoring/validateQuiz';
import type { Capsule, Question, Quiz } from '../model/course';
import { memoizeFrozenWith } from '../model/memoizeFrozen';

function blocker(key: ExportMessageKey, target: FindingTarget, params: Record<string, string | number> = {}): Finding {
  return { id: `${EXPORT_BLOCKER_CHECK}:${key}:${target.kind}:${target.id}`, checkId: EXPORT_BLOCKER_CHECK, severity: 'blocks-export', messageKey: key, params, target };
}

const NO_QUESTIONS: Question[] = [];

const shortened = (text: string): string => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** The files a media block points at (its captions too); none while it is empty. */
function mediaIdsOfBlock(block: ReturnType<typeof mediaBlocksOf>[number]): string[] {
  if (!block.attrs || block.attrs.mediaId === null) return [];
  const captions = block.type === 'video' ? block.attrs.captionsMediaId : null;
  return captions === null ? [block.attrs.mediaId] : [block.attrs.mediaId, captions];
}

/**
 * What stops a capsule's export: a missing media file, its quiz's errors. Kept per capsule while what
 * it reads stays the same, so a check after an edit elsewhere does not walk 16,000 questions again
 * (the lookups are kept per frozen list by indexCourse, so they keep their identity too).
 */
const capsuleBlockers = memoizeFrozenWith(
  (capsule: Capsule, moduleTitle: string, mediaById: CourseIndex['mediaById'], quiz: Quiz | undefined, questions: Question[], masteryScore: number): Finding[] => {
    const blockers: Finding[] = [];
    const target = { kind: 'capsule', id: capsule.id } as const;
    const missing = mediaBlocksOf(capsule.content).find((block) => mediaIdsOfBlock(block).some((id) => !mediaById.has(id)));
    if (missing) blockers.push(blocker('mediaMissing', target, { capsule: capsule.title, block: missing.type }));
    if (!quiz) return blockers;
    // The quiz editor's own validation: what it calls an error is what the export refuses.
    const validation = validateQuiz(quiz, questions, masteryScore);
    for (const issue of validation.quizIssues) {
      if (issue.code === 'empty-quiz') blockers.push(blocker('quizWithoutQuestions', target, { capsule: capsule.title, module: moduleTitle }));
      else if (issue.code === 'unpassable') blockers.push(blocker('quizUnpassable', target, { capsule: capsule.title }));
    }
    for (const question of questions) {
      const questionTarget = { kind: 'question', id: question.id, capsuleId: capsule.id } as const;
      for (const issue of validation.questionIssues[question.id] ?? []) {
        if (issue.severity !== 'error') continue;
        const { code, severity: _severity, ...details } = issue;
        const key: ExportMessageKey = code === 'no-correct-option' ? 'choiceWithoutCorrectOption' : `questionIssue.${code}`;
        blockers.push(blocker(key, questionTarget, { capsule: capsule.title, question: shortened(question.prompt), ...details }));
      }
    }
    return blockers;
  },
);

/**
 * Everything that stops an export of the course with these options, each pointing at its place. The
 * export refuses to run while this is not empty, and the checks list the same findings: one truth.
 */
export function exportBlockers(doc: CourseDocument, options: ExportOptions, index: CourseIndex = indexCourse(doc)): Finding[] {
  const course = { kind: 'course', id: doc.course.id } as const;
  if (index.modules.length === 0) return [blocker('courseEmpty', course)];
  const blockers: Finding[] = [];
  if (options.lockModules && options.mode !== 'module-scos') blockers.push(blocker('lockNeedsModuleScos', course));
  else if (options.lockModules && options.version === '2004-3rd') blockers.push(blocker('lockNeeds4thEdition', course));
  if (options.programmeCohortId && !doc.cohorts.some((cohort) => cohort.id === options.programmeCohortId)) {
    blockers.push(blocker('programmeCohortUnknown', course, { cohort: options.programmeCohortId }));
  }

  for (const module of index.modules) {
    const capsules = index.capsulesOf(module.id);
    if (capsules.length === 0) blockers.push(blocker('moduleEmpty', { kind: 'module', id: module.id }, { module: module.title }));
    for (const capsule of capsules) {
      const quiz = index.quizOf(capsule.id);
      blockers.push(...capsuleBlockers(capsule, module.title, index.mediaById, quiz, quiz ? index.questionsOf(quiz.id) : NO_QUESTIONS, doc.course.masteryScore));
    }
  }

  if (doc.course.completionRule === 'quiz-passed') {
    for (const scope of packageScopesOf(doc, index, options.mode).flatMap((pkg) => pkg.scos)) {
      const hasQuiz = scope.modules.some((module) => index.capsulesOf(module.id).some((capsule) => index.quizOf(capsule.id)));
      if (hasQuiz) continue;
      blockers.push(
        options.mode === 'course'
          ? blocker('completionNeedsQuizInCourse', course)
          : blocker('completionNeedsQuizInModule', { kind: 'module', id: scope.modules[0]?.id ?? doc.course.id }, { module: scope.title }),
      );
    }
  }
  return blockers;
}
