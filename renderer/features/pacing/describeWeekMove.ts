import type { TFunction } from 'i18next';
import { computePacingBoard } from '../../../shared/pacing/computePacingBoard';
import type { CourseDocument } from '../../../shared/model/courseDocument';
import { workloadInWords } from './workloadInWords';

/** The week a moved capsule or module now sits in and that week's new workload, as one sentence for the live region. */
export function describeWeekMove(doc: CourseDocument, moved: { capsuleId: string } | { moduleId: string }, t: TFunction): string | null {
  const board = computePacingBoard(doc);
  const week =
    'capsuleId' in moved
      ? board.weeks.find((candidate) => candidate.capsules.some((capsule) => capsule.id === moved.capsuleId))
      : board.weeks.find((candidate) => candidate.modules.some((module) => module.id === moved.moduleId));
  if (!week) return null;
  const what =
    'capsuleId' in moved
      ? t('pacing:announce.capsuleMoved', { title: week.capsules.find((capsule) => capsule.id === moved.capsuleId)!.title, week: week.week })
      : t('pacing:announce.moduleMoved', { title: week.modules.find((module) => module.id === moved.moduleId)!.title, week: week.week });
  const words = workloadInWords(week, t);
  return `${what} ${t('pacing:announce.workload', { week: week.week, workload: words.level ? `${words.amount}, ${words.level}` : words.amount })}`;
}
