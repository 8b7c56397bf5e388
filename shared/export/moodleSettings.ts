import type { PackagingMode, ScormVersion } from '../model/course';

/** The SCORM activity settings that make Moodle 4.5 record an export as designed (measured, see docs/lms-presets.md). */
export interface MoodleActivitySettings {
  /** Completion, "Require status": the ticked statuses; Moodle accepts any one of them. */
  requiredStatuses: Array<'passed' | 'completed'>;
  /** Module SCOs: "Require all SCOs to return the status" (otherwise any one SCO completes the activity). */
  allScos: boolean;
  /** Grading method; with several SCOs "highest" is the best SCO's grade, not the course's. */
  grading: 'highest' | 'average';
  /** 2004 with several SCOs: SCOs reached by Moodle's Next or menu fail Initialize (one API object per page). */
  firstScoOnlyViaNext: boolean;
}

/**
 * 1.2 reports one lesson_status: a passing learner is "passed", never "completed", so "Passed" and
 * "Completed" are both ticked. 2004 reports completion and success apart: "Passed" alone requires the pass.
 */
export function moodleSettings(version: ScormVersion, mode: PackagingMode, passRequired: boolean): MoodleActivitySettings {
  const requiredStatuses: MoodleActivitySettings['requiredStatuses'] = version === '1.2' ? ['passed', 'completed'] : passRequired ? ['passed'] : ['completed'];
  const severalScos = mode === 'module-scos';
  return { requiredStatuses, allScos: severalScos, grading: severalScos ? 'average' : 'highest', firstScoOnlyViaNext: severalScos && version !== '1.2' };
}
