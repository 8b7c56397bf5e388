import type { CourseProgress, ObjectiveProgress, ScoreSummary } from '../state/courseProgress';
import type { ScormDialect } from './scormDialect';
import { objectiveId } from './scormIdentifiers';

const percent = (score: ScoreSummary) => String(Math.round(score.scaled * 10_000) / 100);

/** raw as a percentage (0–100) in both versions: LMS gradebooks read raw, often assuming a 100 maximum. */
function scoreElements(dialect: ScormDialect, prefix: string, score: ScoreSummary | null): Array<[string, string]> {
  if (!score) return [];
  const elements: Array<[string, string]> = [
    [`${prefix}score.min`, '0'],
    [`${prefix}score.max`, '100'],
    [`${prefix}score.raw`, percent(score)],
  ];
  if (dialect === '2004') elements.push([`${prefix}score.scaled`, String(score.scaled)]);
  return elements;
}

/** 1.2 has one status for both completion and success: success wins once it is known. */
function scorm12Status(completion: CourseProgress['completion'], success: CourseProgress['success']): string {
  if (success === 'failed') return 'failed';
  if (completion !== 'completed') return 'incomplete';
  return success === 'passed' ? 'passed' : 'completed';
}

function objectiveElements(dialect: ScormDialect, index: number, objective: ObjectiveProgress): Array<[string, string]> {
  const prefix = `cmi.objectives.${index}.`;
  const elements: Array<[string, string]> = [[`${prefix}id`, objectiveId(dialect, objective.id)], ...scoreElements(dialect, prefix, objective.score)];
  if (dialect === '1.2') {
    const status = objective.success !== 'unknown' ? objective.success : objective.completion;
    elements.push([`${prefix}status`, status]);
  } else {
    elements.push([`${prefix}success_status`, objective.success], [`${prefix}completion_status`, objective.completion]);
  }
  return elements;
}

/**
 * The status, score, progress and objective elements for the current progress. `objectiveIndex`
 * gives each objective's cmi.objectives slot (existing slots are reused across sessions).
 */
export function progressElements(dialect: ScormDialect, progress: CourseProgress, objectiveIndex: (id: string) => number): Array<[string, string]> {
  const elements: Array<[string, string]> =
    dialect === '1.2'
      ? [['cmi.core.lesson_status', scorm12Status(progress.completion, progress.success)], ...scoreElements(dialect, 'cmi.core.', progress.score)]
      : [
          ['cmi.completion_status', progress.completion === 'not attempted' ? 'incomplete' : progress.completion],
          ['cmi.success_status', progress.success],
          ['cmi.progress_measure', String(progress.capsuleCount ? Math.round((progress.viewedCount / progress.capsuleCount) * 10_000) / 10_000 : 0)],
          ...scoreElements(dialect, 'cmi.', progress.score),
        ];
  for (const objective of progress.objectives) elements.push(...objectiveElements(dialect, objectiveIndex(objective.id), objective));
  return elements;
}
