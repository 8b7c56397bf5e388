import type { CourseDocument } from '../model/courseDocument';
import type { CourseIndex } from './courseIndex';
import { createNotice, type ExportNotice } from './exportNotice';
import type { ExportOptions } from './exportOptions';
import { lmsNameOf, lmsOptionWarnings, lmsPresetOf, type LmsSettingsFamily } from './lmsPresets';
import { moodleSettings } from './moodleSettings';

type AdviceKeys = Record<ExportOptions['mode'], { completed: Parameters<typeof createNotice>[1]; passed: Parameters<typeof createNotice>[1] }>;

/** Per settings family and packaging mode, the settings to use; Moodle's come from its measured settings (moodleSettings). */
const ADVICE: Record<Exclude<LmsSettingsFamily, 'moodle'>, AdviceKeys> = {
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

/** What the framing's target LMS mishandles in an export with these options (its preset's warnings). */
export function targetLmsWarnings(doc: CourseDocument, options: Pick<ExportOptions, 'version' | 'mode' | 'lockModules'>): ExportNotice[] {
  const preset = lmsPresetOf(doc.course.targetLms);
  return lmsOptionWarnings(preset, lmsNameOf(preset, doc.course.targetLms), options);
}

/** Which settings to use in the framing's target LMS for this export: completion by status, or by a passed quiz. */
export function lmsAdvice(doc: CourseDocument, index: CourseIndex, options: Pick<ExportOptions, 'mode' | 'version'>): ExportNotice {
  const anyQuiz = index.modules.some((module) => index.capsulesOf(module.id).some((capsule) => index.quizOf(capsule.id)));
  const passed = doc.course.completionRule !== 'all-viewed' && anyQuiz;
  const family = lmsPresetOf(doc.course.targetLms).settings;
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
      if (!settings.firstScoOnlyViaNext) return createNotice('info', 'moodleRuleModuleScos12');
      return createNotice('info', passed ? 'moodleRuleModuleScos' : 'moodleRuleModuleScosCompleted');
    case 'module-packages':
      return createNotice('info', either ? 'moodleRuleModulePackagesPassedOrCompleted' : passed ? 'moodleRuleModulePackagesPassed' : 'moodleRuleModulePackagesCompleted');
  }
}
