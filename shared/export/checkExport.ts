import type { CourseDocument } from '../model/courseDocument';
import { indexCourse, type CourseIndex } from './courseIndex';
import type { ExportMessageKey } from '../i18n/exportMessages';
import { createNotice, type ExportNotice } from './exportNotice';
import type { ExportOptions } from './exportOptions';
import { exportBlockers } from './exportBlockers';
import { lmsAdvice, targetLmsWarnings } from './lmsAdvice';
import { mediaBlocksOf } from './mediaBlocks';

/**
 * Everything to fix (errors: the export blockers, each with its place) or know (warnings) before exporting the course with these options,
 * and, once nothing blocks it, which settings to use in the framing's target LMS (info). An export runs only when there is no error.
 */
export function checkExport(doc: CourseDocument, options: ExportOptions, index: CourseIndex = indexCourse(doc)): ExportNotice[] {
  const blockers = exportBlockers(doc, options, index).map((blocker) => ({ ...createNotice('error', blocker.messageKey as ExportMessageKey, blocker.params), target: blocker.target }));
  if (index.modules.length === 0) return blockers;
  // What the target LMS mishandles comes first among the warnings: it decides whether the package works at all.
  // One module in "one SCO per module" is a one-SCO package: nothing multi-SCO to warn about.
  const severalScos = options.mode === 'module-scos' && index.modules.length > 1;
  const notices: ExportNotice[] = [...blockers, ...targetLmsWarnings(doc, severalScos ? options : { ...options, mode: 'course' })];
  for (const module of index.modules) {
    for (const capsule of index.capsulesOf(module.id)) {
      mediaWarnings(capsule.title, capsule.content, index, notices);
      const quiz = index.quizOf(capsule.id);
      const questions = quiz ? index.questionsOf(quiz.id) : [];
      if (quiz && quiz.drawCount !== null && questions.length > 0 && quiz.drawCount > questions.length) {
        notices.push(createNotice('warning', 'drawCountAboveQuestions', { capsule: capsule.title, count: quiz.drawCount, questionCount: questions.length }));
      }
    }
  }
  if (blockers.length === 0) notices.push(lmsAdvice(doc, index, options));
  return notices;
}

/** What a learner may miss in a capsule's media; a missing file is a blocker, not a warning. */
function mediaWarnings(capsule: string, content: CourseDocument['capsules'][number]['content'], index: CourseIndex, notices: ExportNotice[]): void {
  for (const block of mediaBlocksOf(content)) {
    if (!block.attrs || block.attrs.mediaId === null) {
      notices.push(createNotice('warning', 'mediaBlockEmpty', { capsule, block: block.type }));
      continue;
    }
    const captionsId = block.type === 'video' ? block.attrs.captionsMediaId : null;
    if (!index.mediaById.has(block.attrs.mediaId) || (captionsId !== null && !index.mediaById.has(captionsId))) continue;
    if (block.type === 'image' && !block.attrs.alt.trim()) notices.push(createNotice('warning', 'imageWithoutAlt', { capsule }));
    if (block.type === 'video' && captionsId === null) notices.push(createNotice('warning', 'videoWithoutCaptions', { capsule }));
  }
}
