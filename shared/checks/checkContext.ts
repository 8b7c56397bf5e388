import type { ExportOptions } from '../export/exportOptions';
import type { Capsule, Module } from '../model/course';
import { byPosition } from '../model/byPosition';
import type { CourseDocument } from '../model/courseDocument';
import { capsulesInCourseOrder } from '../model/courseOrder';
import { computePacingBoard, type PacingBoard } from '../pacing/computePacingBoard';
import { questionsPerCapsule } from '../quiz/answeredQuestions';
import type { CheckId, CheckSettings } from './checkSettings';
import type { Finding, FindingTarget, Severity } from './finding';

/** How much each check matters; none blocks an export. Missing alternatives shut some learners out, hence errors. */
export const CHECK_SEVERITY: Record<CheckId, Severity> = {
  'capsule-too-long': 'warning',
  'video-too-long': 'warning',
  'week-over-budget': 'warning',
  'week-without-activity': 'info',
  'week-without-assessment': 'info',
  'module-without-objective': 'warning',
  'objective-not-assessed': 'warning',
  'question-without-feedback': 'warning',
  'image-without-alt': 'error',
  'video-without-captions': 'error',
  'cohort-size': 'warning',
  'same-kind-streak': 'info',
  'suspend-data-budget': 'warning',
  'capsule-without-time': 'warning',
};

/** What several checks need, computed once per run. */
export interface CheckContext {
  doc: CourseDocument;
  settings: CheckSettings;
  /** The options the next export starts from (project settings, else the framing): what the package will be. */
  exportOptions: Pick<ExportOptions, 'version' | 'mode'>;
  modules: Module[];
  /** Capsules in course order: by module, then by position. */
  capsules: readonly Capsule[];
  /** Questions a learner answers per capsule id. */
  questionCounts: ReadonlyMap<string, number>;
  /** Learner minutes per capsule id (estimated once, by the board). */
  capsuleMinutes: Map<string, number>;
  board: PacingBoard;
}

export function buildCheckContext(doc: CourseDocument, settings: CheckSettings, exportOptions: Pick<ExportOptions, 'version' | 'mode'>): CheckContext {
  const modules = [...doc.modules].sort(byPosition);
  const capsules = capsulesInCourseOrder(doc);
  const board = computePacingBoard(doc);
  const capsuleMinutes = new Map<string, number>();
  for (const week of board.weeks) for (const capsule of week.capsules) capsuleMinutes.set(capsule.id, capsule.minutes);
  return { doc, settings, exportOptions, modules, capsules, questionCounts: questionsPerCapsule(doc), capsuleMinutes, board };
}

export function makeFinding(
  checkId: CheckId,
  messageKey: string,
  target: FindingTarget,
  params: Record<string, string | number>,
): Finding {
  return { id: `${checkId}:${target.kind}:${target.id}`, checkId, severity: CHECK_SEVERITY[checkId], messageKey, params, target };
}
