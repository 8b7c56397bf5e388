import type { CourseDocument } from '../model/courseDocument';
import type { CourseIndex } from './courseIndex';
import { createNotice, type ExportNotice } from './exportNotice';
import type { ExportOptions } from './exportOptions';
import { moodleSettings } from './moodleSettings';

/** LMSs whose settings the export dialog can name; any other platform gets advice that names none. */
export type LmsFamily = 'moodle' | 'talentlms' | 'generic';

/** The family of the framing's target LMS, as the designer typed it ("Moodle 4.5", "TalentLMS", "Talent LMS"…). */
export function lmsFamilyOf(targetLms: string): LmsFamily {
  const name = targetLms.toLowerCase().replace(/[^a-z0-9]/g, '');
  // Totara is a fork of Moodle with the same SCORM activity.
  if (name.includes('moodle') || name.includes('totara')) return 'moodle';
  if (name.includes('talentlms')) return 'talentlms';
  return 'generic';
}

type AdviceKeys = Record<ExportOptions['mode'], { completed: Parameters<typeof createNotice>[1]; passed: Parameters<typeof createNotice>[1] }>;

/** Per LMS family and packaging mode, the settings to use; Moodle's come from its measured settings (moodleSettings). */
const ADVICE: Record<Exclude<LmsFamily, 'moodle'>, AdviceKeys> = {
  talentlms: {
    course: { completed: 'talentlmsCourseCompleted', passed: 'talentlmsCoursePassed' },
    'module-scos': { completed: 'talentlmsModuleScos', passed: 'talentlmsModuleScos' },
    'module-packages': { completed: 'talentlmsModulePackages', passed: 'talentlmsModulePackages' },
  },
  generic: {
    course: { completed: 'genericCourseCompleted', passed: 'genericCoursePassed' },
    'module-scos': { completed: 'genericModuleScos', passed: 'genericModuleScos' },
    'module-packages': { completed: 'genericModulePackages', passed: 'genericModulePackages' },
  },
};

/** Several SCOs in one package: Moodle's own trap when it is the target (see lms-notes), else what to check in the platform. */
export function multiScoWarning(doc: CourseDocument, options: Pick<ExportOptions, 'version'>): ExportNotice {
  if (lmsFamilyOf(doc.course.targetLms) !== 'moodle') return createNotice('warning', 'multiScoPackageOther');
  return createNotice('warning', options.version === '1.2' ? 'multiScoPackage12' : 'multiScoPackage');
}

/** Which settings to use in the framing's target LMS for this export: completion by status, or by a passed quiz. */
export function lmsAdvice(doc: CourseDocument, index: CourseIndex, options: Pick<ExportOptions, 'mode' | 'version'>): ExportNotice {
  const anyQuiz = index.modules.some((module) => index.capsulesOf(module.id).some((capsule) => index.quizOf(capsule.id)));
  const passed = doc.course.completionRule !== 'all-viewed' && anyQuiz;
  const family = lmsFamilyOf(doc.course.targetLms);
  if (family === 'moodle') return moodleAdvice(options, passed);
  const keys = ADVICE[family][options.mode];
  return createNotice('info', passed ? keys.passed : keys.completed);
}

/** Moodle's default completion rule can mark an activity complete with a grade of 0, or never: say which settings fit. */
function moodleAdvice(options: Pick<ExportOptions, 'mode' | 'version'>, passed: boolean): ExportNotice {
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
