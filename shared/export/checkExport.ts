import type { CourseDocument } from '../model/courseDocument';
import { indexCourse, type CourseIndex } from './courseIndex';
import { createNotice, type ExportNotice } from './exportNotice';
import type { ExportOptions } from './exportOptions';
import { packageScopesOf } from './exportScopes';
import { mediaBlocksOf } from './mediaBlocks';
import { moodleSettings } from './moodleSettings';

/**
 * Everything to fix (errors) or know (warnings) before exporting the course with these options,
 * and, once nothing blocks it, which LMS settings to use (info). An export runs only when there is no error.
 */
export function checkExport(doc: CourseDocument, options: ExportOptions, index: CourseIndex = indexCourse(doc)): ExportNotice[] {
  const notices: ExportNotice[] = [];
  if (index.modules.length === 0) return [createNotice('error', 'courseEmpty')];
  if (options.lockModules && options.mode !== 'module-scos') notices.push(createNotice('error', 'lockNeedsModuleScos'));
  else if (options.lockModules && options.version === '2004-3rd') notices.push(createNotice('error', 'lockNeeds4thEdition'));
  if (options.programmeCohortId && !doc.cohorts.some((cohort) => cohort.id === options.programmeCohortId)) {
    notices.push(createNotice('error', 'programmeCohortUnknown', { cohort: options.programmeCohortId }));
  }

  for (const module of index.modules) {
    const capsules = index.capsulesOf(module.id);
    if (capsules.length === 0) notices.push(createNotice('error', 'moduleEmpty', { module: module.title }));
    for (const capsule of capsules) {
      checkCapsuleMedia(capsule.title, capsule.content, index, notices);
      const quiz = index.quizOf(capsule.id);
      if (!quiz) continue;
      const questions = index.questionsOf(quiz.id);
      if (questions.length === 0) notices.push(createNotice('error', 'quizWithoutQuestions', { capsule: capsule.title, module: module.title }));
      else if (quiz.drawCount !== null && quiz.drawCount > questions.length) {
        notices.push(createNotice('warning', 'drawCountAboveQuestions', { capsule: capsule.title, drawCount: quiz.drawCount, questionCount: questions.length }));
      }
      const choiceWithoutAnswer = questions.some(
        (question) => (question.type === 'single-choice' || question.type === 'multiple-choice') && !question.options.some((option) => option.correct),
      );
      if (choiceWithoutAnswer) notices.push(createNotice('error', 'choiceWithoutCorrectOption', { capsule: capsule.title }));
    }
  }

  if (doc.course.completionRule === 'quiz-passed') {
    for (const scope of packageScopesOf(doc, index, options.mode).flatMap((pkg) => pkg.scos)) {
      const hasQuiz = scope.modules.some((module) => index.capsulesOf(module.id).some((capsule) => index.quizOf(capsule.id)));
      if (hasQuiz) continue;
      notices.push(
        options.mode === 'course'
          ? createNotice('error', 'completionNeedsQuizInCourse')
          : createNotice('error', 'completionNeedsQuizInModule', { module: scope.title }),
      );
    }
  }
  if (options.mode === 'module-scos' && index.modules.length > 1) {
    notices.push(createNotice('warning', options.version === '1.2' ? 'multiScoPackage12' : 'multiScoPackage'));
  }
  if (!notices.some((notice) => notice.severity === 'error')) notices.push(moodleAdvice(doc, index, options));
  return notices;
}

function checkCapsuleMedia(capsule: string, content: CourseDocument['capsules'][number]['content'], index: CourseIndex, notices: ExportNotice[]): void {
  for (const block of mediaBlocksOf(content)) {
    if (!block.attrs || block.attrs.mediaId === null) {
      notices.push(createNotice('warning', 'mediaBlockEmpty', { capsule, block: block.type }));
      continue;
    }
    const captionsId = block.type === 'video' ? block.attrs.captionsMediaId : null;
    if (!index.mediaById.has(block.attrs.mediaId) || (captionsId !== null && !index.mediaById.has(captionsId))) {
      notices.push(createNotice('error', 'mediaMissing', { capsule, block: block.type }));
      continue;
    }
    if (block.type === 'image' && !block.attrs.alt.trim()) notices.push(createNotice('warning', 'imageWithoutAlt', { capsule }));
    if (block.type === 'video' && captionsId === null) notices.push(createNotice('warning', 'videoWithoutCaptions', { capsule }));
  }
}

/** Moodle's default completion rule can mark an activity complete with a grade of 0, or never: say which settings fit. */
function moodleAdvice(doc: CourseDocument, index: CourseIndex, options: ExportOptions): ExportNotice {
  const anyQuiz = index.modules.some((module) => index.capsulesOf(module.id).some((capsule) => index.quizOf(capsule.id)));
  const passed = doc.course.completionRule !== 'all-viewed' && anyQuiz;
  const settings = moodleSettings(options.version, options.mode, passed);
  const either = settings.requiredStatuses.length > 1;
  switch (options.mode) {
    case 'course':
      return createNotice('info', either ? 'moodleRuleSingleScoPassedOrCompleted' : passed ? 'moodleRuleSingleScoPassed' : 'moodleRuleSingleScoCompleted');
    case 'module-scos':
      return createNotice('info', settings.firstScoOnlyViaNext ? 'moodleRuleModuleScos' : 'moodleRuleModuleScos12');
    case 'module-packages':
      return createNotice('info', either ? 'moodleRuleModulePackagesPassedOrCompleted' : passed ? 'moodleRuleModulePackagesPassed' : 'moodleRuleModulePackagesCompleted');
  }
}
