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
 *
 * LMSs judge the SCO themselves from what the manifest declares, and overrule the SCO: a 1.2 LMS
 * turns any score.raw into passed/failed against adlcp:masteryscore, a 2004 LMS derives success
 * from score.scaled and scaled_passing_score, and completion from progress_measure and
 * completion_threshold (1.0 in our manifests). So the SCO score is written only once the verdict
 * it implies is ours too, and progress_measure reaches 1 exactly when the SCO is completed.
 */
export function progressElements(dialect: ScormDialect, progress: CourseProgress, objectiveIndex: (id: string) => number): Array<[string, string]> {
  let elements: Array<[string, string]>;
  if (dialect === '1.2') {
    const status = scorm12Status(progress.completion, progress.success);
    const judged = status === 'passed' || status === 'failed';
    elements = [['cmi.core.lesson_status', status], ...scoreElements(dialect, 'cmi.core.', judged ? progress.score : null)];
  } else {
    const completed = progress.completion === 'completed';
    const viewedShare = progress.capsuleCount ? Math.round((progress.viewedCount / progress.capsuleCount) * 10_000) / 10_000 : 0;
    elements = [
      ['cmi.completion_status', progress.completion === 'not attempted' ? 'incomplete' : progress.completion],
      ['cmi.success_status', progress.success],
      ['cmi.progress_measure', String(completed ? 1 : Math.min(viewedShare, MAX_PROGRESS_BEFORE_COMPLETION))],
      ...scoreElements(dialect, 'cmi.', progress.success === 'unknown' ? null : progress.score),
    ];
  }
  for (const objective of progress.objectives) elements.push(...objectiveElements(dialect, objectiveIndex(objective.id), objective));
  return elements;
}

// Below the manifests' completion threshold (1.0), so an LMS never completes a SCO we do not.
const MAX_PROGRESS_BEFORE_COMPLETION = 0.99;
