import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/appError';
import { buildPackagePlan, type PlannedFile, type PlannedPackage } from '../../../shared/export/buildPackagePlan';
import { checkExport } from '../../../shared/export/checkExport';
import { ExportOptionsSchema, type ExportOptionsInput } from '../../../shared/export/exportOptions';
import type { PlayerData } from '../../../shared/export/playerData';
import type { CourseDocument } from '../../../shared/model/courseDocument';
import { exportCourseFixture, fixturePlayerAssets, idOf } from './exportCourseFixture';

const plan = (doc: CourseDocument, options: ExportOptionsInput) => buildPackagePlan(doc, ExportOptionsSchema.parse(options), fixturePlayerAssets);
const textOf = (pkg: PlannedPackage, path: string): string => {
  const file = pkg.files.find((entry) => entry.path === path);
  if (!file || file.kind !== 'text') throw new Error(`no text file ${path}`);
  return file.content;
};
/** Runs a course-data.js the way a browser would, and returns what it sets. */
const playerDataOf = (pkg: PlannedPackage, sco: number): PlayerData => {
  const window: { SPOC_DATA?: PlayerData } = {};
  new Function('window', textOf(pkg, `sco-${sco}/course-data.js`))(window);
  return window.SPOC_DATA!;
};
const errorKeys = (doc: CourseDocument, options: ExportOptionsInput = { version: '1.2', mode: 'course' }) =>
  checkExport(doc, ExportOptionsSchema.parse(options)).filter((notice) => notice.severity === 'error').map((notice) => notice.key);

describe('buildPackagePlan', () => {
  it('lays out one SCO with the shared player and each media file once, sorted by path', () => {
    const doc = exportCourseFixture();
    const result = plan(doc, { version: '1.2', mode: 'course', includeSource: false });
    expect(result.intoFolder).toBe(false);
    expect(result.fileName).toBe('optimanager-manager-d-equipe-scorm12.zip');
    const [pkg] = result.packages;
    const paths = pkg!.files.map((file) => file.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toEqual([
      'imsmanifest.xml',
      ...doc.media.map((asset) => `media/${asset.sha256}.${asset.fileName.split('.').pop()}`).sort(),
      'player/player.css',
      'player/player.js',
      'sco-1/course-data.js',
      'sco-1/index.html',
    ].sort());
    // The course source unless the designer opts out, so that the package can be opened as a project again.
    expect(plan(doc, { version: '1.2', mode: 'course' }).packages[0]!.files.map((file) => file.path)).toEqual([...paths, 'spoc-source.json'].sort());
    const image = pkg!.files.find((file) => file.path.endsWith('.png')) as Extract<PlannedFile, { kind: 'media' }>;
    expect(image).toMatchObject({ kind: 'media', sha256: doc.media[0]!.sha256, size: doc.media[0]!.size, crc32: doc.media[0]!.crc32 });
  });

  it('gives the player every module, capsule, rendered HTML and quiz of the SCO', () => {
    const doc = exportCourseFixture({ moduleCount: 2 });
    const data = playerDataOf(plan(doc, { version: '2004-4th', mode: 'course' }).packages[0]!, 1);
    expect(data.scormVersion).toBe('2004-4th');
    expect(data.sco).toEqual({ id: doc.course.id, title: doc.course.title });
    expect(data.modules.map((module) => module.title)).toEqual(['Module 1 · Communiquer', 'Module 2 · Communiquer']);
    const [first, second] = data.modules[0]!.capsules;
    expect(first!.html).toContain('<figure class="spoc-image">');
    expect(second!.quiz).toMatchObject({ passingScore: 80, questions: [{ type: 'true-false', answer: true }, { type: 'single-choice' }] });
    expect(second!.quiz!.questions[0]).not.toHaveProperty('quizId');
    expect(data.objectives).toEqual([{ id: idOf(2), code: 'O1', text: 'Conduire un entretien', moduleId: null }]);
  });

  it('makes one SCO per module in one package, or one package per module named by week', () => {
    const doc = exportCourseFixture({ moduleCount: 3 });
    const scos = plan(doc, { version: '1.2', mode: 'module-scos' });
    expect(scos.packages).toHaveLength(1);
    expect(scos.packages[0]!.files.filter((file) => file.path.endsWith('index.html')).map((file) => file.path)).toEqual(['sco-1/index.html', 'sco-2/index.html', 'sco-3/index.html']);
    expect(playerDataOf(scos.packages[0]!, 2).modules.map((module) => module.id)).toEqual([doc.modules[1]!.id]);

    const packages = plan(doc, { version: '1.2', mode: 'module-packages' });
    expect(packages.intoFolder).toBe(true);
    expect(packages.fileName).toBe('optimanager-manager-d-equipe-weekly-packages-scorm12');
    expect(packages.packages.map((pkg) => pkg.fileName)).toEqual(['week-01-module-1-communiquer.zip', 'week-02-module-2-communiquer.zip', 'week-03-module-3-communiquer.zip']);
    expect(playerDataOf(packages.packages[2]!, 1).sco.title).toBe('Module 3 · Communiquer');
  });

  it('names packages with ASCII only and never twice the same', () => {
    const doc = exportCourseFixture({ moduleCount: 2, title: 'Ça déçoit: œuvre à l’été 😀' });
    doc.modules[1]!.title = doc.modules[0]!.title;
    doc.modules[1]!.week = 1;
    const result = plan(doc, { version: '2004-4th', mode: 'module-packages' });
    expect(result.fileName).toBe('ca-decoit-oeuvre-a-l-ete-weekly-packages-scorm2004');
    expect(result.packages.map((pkg) => pkg.fileName)).toEqual(['week-01-module-1-communiquer.zip', 'week-01-module-1-communiquer-2.zip']);
    expect(plan(exportCourseFixture({ title: '😀 ' }), { version: '1.2', mode: 'course' }).fileName).toBe('course-scorm12.zip');
  });

  it('escapes every user string in the SCO page and keeps data files inert', () => {
    const hostile = '</script><script>alert(1)</script> "&\' \u2028 مرحبا';
    const doc = exportCourseFixture({ title: hostile, moduleCount: 1 });
    doc.capsules[1]!.title = hostile;
    const pkg = plan(doc, { version: '1.2', mode: 'course' }).packages[0]!;
    const page = textOf(pkg, 'sco-1/index.html');
    expect(page).toContain('<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&#39;');
    expect(page.match(/<script/g)).toHaveLength(2);
    const data = textOf(pkg, 'sco-1/course-data.js');
    expect(data).not.toMatch(/<\/?script/i);
    expect(data).not.toContain('\u2028');
    expect(playerDataOf(pkg, 1).modules[0]!.capsules[1]!.title).toBe(hostile);
  });

  it('is deterministic: the same course and options give the same files', () => {
    const a = plan(exportCourseFixture(), { version: '2004-4th', mode: 'module-scos' });
    const b = plan(exportCourseFixture(), { version: '2004-4th', mode: 'module-scos' });
    expect(b).toEqual(a);
  });

  it('refuses a player page template that does not load the agreed files', () => {
    const broken = { ...fixturePlayerAssets, scoPage: '<html><title>{{title}}</title></html>' };
    expect(() => buildPackagePlan(exportCourseFixture(), ExportOptionsSchema.parse({ version: '1.2', mode: 'course' }), broken)).toThrow(/course-data\.js/);
  });

  it('tells the designer which Moodle completion rule to set', () => {
    expect(plan(exportCourseFixture(), { version: '1.2', mode: 'course' }).notices.find((n) => n.severity === 'info')!.key).toBe('moodleRuleSingleScoPassedOrCompleted');
    expect(plan(exportCourseFixture(), { version: '2004-4th', mode: 'course' }).notices.find((n) => n.severity === 'info')!.key).toBe('moodleRuleSingleScoPassed');
    expect(plan(exportCourseFixture({ quizzes: false }), { version: '2004-4th', mode: 'course' }).notices.find((n) => n.severity === 'info')!.key).toBe('moodleRuleSingleScoCompleted');
    const multi = plan(exportCourseFixture(), { version: '1.2', mode: 'module-scos' }).notices;
    // Measured on Moodle 4.5: a 1.2 multi-SCO package has every SCO recorded (no warning); only 2004 loses SCOs 2+.
    expect(multi.map((n) => n.key)).toContain('moodleRuleModuleScos12');
    expect(multi.filter((n) => n.severity === 'warning')).toEqual([]);
    expect(plan(exportCourseFixture(), { version: '2004-4th', mode: 'module-scos' }).notices.find((n) => n.key === 'presetMultiScoFirstOnly')!.message).toMatch(/Moodle records only the first SCO/);
    expect(plan(exportCourseFixture(), { version: '2004-4th', mode: 'module-packages' }).notices.map((n) => n.key)).toContain('moodleRuleModulePackagesPassed');
  });

  it('warns before writing a package larger than the target LMS accepts (Rise Up 1 GB, CrossKnowledge 200 MB), naming the package', () => {
    const doc = exportCourseFixture();
    doc.media[1]!.size = 250_000_000;
    const tooLarge = (targetLms: string) => {
      doc.course.targetLms = targetLms;
      return plan(doc, { version: '1.2', mode: 'course' }).notices.filter((n) => n.key === 'presetPackageTooLarge');
    };
    expect(tooLarge('Moodle 4.5')).toEqual([]);
    expect(tooLarge('Rise Up')).toEqual([]);
    expect(tooLarge('CrossKnowledge')[0]?.message).toMatch(/^Package “[a-z0-9-]+\.zip” weighs 250 MB: CrossKnowledge refuses packages over 200 MB/);
    doc.media[1]!.size = 1_200_000_000;
    expect(tooLarge('Rise Up')[0]?.message).toMatch(/Rise Up refuses packages over 1000 MB/);
    // One package per module: only the packages holding the large media are named.
    const planned = plan(doc, { version: '1.2', mode: 'module-packages' });
    const holding = planned.packages.filter((pkg) => pkg.files.some((file) => file.kind === 'media' && file.size === 1_200_000_000)).map((pkg) => pkg.fileName);
    expect(holding.length).toBeGreaterThan(0);
    expect(planned.notices.filter((n) => n.key === 'presetPackageTooLarge').map((n) => n.params.name)).toEqual(holding);
  });

  it('counts the course source in the package size the target LMS limits', () => {
    const doc = exportCourseFixture();
    doc.course.targetLms = 'CrossKnowledge';
    const bytesOf = (pkg: PlannedPackage) => pkg.files.reduce((sum, file) => sum + (file.kind === 'media' ? file.size : file.content.length), 0);
    const withoutSource = bytesOf(plan(doc, { version: '1.2', mode: 'course', includeSource: false }).packages[0]!);
    const sourceLength = textOf(plan(doc, { version: '1.2', mode: 'course' }).packages[0]!, 'spoc-source.json').length;
    // Half the source short of the limit: only the package carrying the source goes over it.
    doc.media[1]!.size += 200_000_000 - withoutSource - Math.floor(sourceLength / 2);
    const tooLarge = (includeSource: boolean) => plan(doc, { version: '1.2', mode: 'course', includeSource }).notices.filter((n) => n.key === 'presetPackageTooLarge').length;
    expect(tooLarge(false)).toBe(0);
    expect(tooLarge(true)).toBe(1);
  });

  it('names every package so that LMSs refusing accents or spaces take it', () => {
    const doc = exportCourseFixture({ moduleCount: 2 });
    doc.course.title = 'Manager l’équipe à distance — été 2027';
    doc.course.targetLms = 'Rise Up';
    const planned = plan(doc, { version: '1.2', mode: 'module-packages' });
    expect(planned.packages.map((pkg) => pkg.fileName).every((name) => /^[a-z0-9.-]+$/.test(name))).toBe(true);
    expect(planned.notices.filter((n) => n.key === 'presetFileNameRefused')).toEqual([]);
  });
});

describe('checkExport', () => {
  it('tells which Moodle completion rule fits the mode before the export, and only when nothing blocks it', () => {
    const doc = exportCourseFixture({ moduleCount: 2 });
    const advice = (options: Record<string, unknown>) =>
      checkExport(doc, ExportOptionsSchema.parse(options)).filter((notice) => notice.severity === 'info').map((notice) => notice.key);
    expect(advice({ version: '1.2', mode: 'course' })).toEqual(['moodleRuleSingleScoPassedOrCompleted']);
    expect(advice({ version: '1.2', mode: 'module-scos' })).toEqual(['moodleRuleModuleScos12']);
    expect(advice({ version: '2004-4th', mode: 'module-scos' })).toEqual(['moodleRuleModuleScos']);
    expect(advice({ version: '2004-4th', mode: 'module-packages' })).toEqual(['moodleRuleModulePackagesPassed']);
    doc.course.completionRule = 'all-viewed';
    expect(advice({ version: '1.2', mode: 'module-packages' })).toEqual(['moodleRuleModulePackagesPassedOrCompleted']);
    expect(advice({ version: '2004-4th', mode: 'module-packages' })).toEqual(['moodleRuleModulePackagesCompleted']);
    expect(advice({ version: '1.2', mode: 'course', lockModules: true })).toEqual([]);
  });

  it('speaks about the framing’s target LMS: Talent LMS advice for a Talent LMS course, no LMS named for an unknown one', () => {
    const doc = exportCourseFixture({ moduleCount: 2 });
    const advice = (mode: string) => checkExport(doc, ExportOptionsSchema.parse({ version: '1.2', mode })).filter((notice) => notice.severity === 'info');
    doc.course.targetLms = 'TalentLMS';
    expect(advice('course').map((notice) => notice.key)).toEqual(['talentlmsCoursePassed']);
    expect(advice('module-packages')[0]!.message).toMatch(/^In Talent LMS/);
    expect(advice('course')[0]!.message).not.toMatch(/Moodle/);
    doc.course.targetLms = 'LMS interne SCORM';
    expect(advice('course').map((notice) => notice.key)).toEqual(['genericCoursePassed']);
    expect(advice('module-scos')[0]!.message).not.toMatch(/Moodle|Talent/);
    const warnings = checkExport(doc, ExportOptionsSchema.parse({ version: '1.2', mode: 'module-scos' })).filter((notice) => notice.severity === 'warning');
    expect(warnings.map((notice) => notice.key)).toEqual(['presetMultiScoUnknown']);
    expect(warnings[0]!.message).toMatch(/^How LMS interne SCORM handles packages with several SCOs is not verified/);
    doc.course.targetLms = 'Totara 18';
    // SCORM 1.2 reports "passed" for a passing learner, never "completed": Moodle's rule ticks both.
    expect(advice('course').map((notice) => notice.key)).toEqual(['moodleRuleSingleScoPassedOrCompleted']);
  });

  it('stops an empty course with an actionable error', () => {
    const doc = exportCourseFixture();
    doc.modules = [];
    doc.capsules = [];
    expect(errorKeys(doc)).toEqual(['courseEmpty']);
    expect(() => plan(doc, { version: '1.2', mode: 'course' })).toThrow(AppError);
    expect(() => plan(doc, { version: '1.2', mode: 'course' })).toThrow(/add at least one module/);
  });

  it('names the module without capsule and the quiz without question', () => {
    const doc = exportCourseFixture({ moduleCount: 2 });
    doc.capsules = doc.capsules.filter((capsule) => capsule.moduleId !== doc.modules[1]!.id);
    doc.questions = [];
    expect(errorKeys(doc)).toEqual(['quizWithoutQuestions', 'moduleEmpty']);
    expect(() => plan(doc, { version: '1.2', mode: 'course' })).toThrow(/quiz of capsule “Capsule 1.2”[\s\S]*Module “Module 2 · Communiquer” has no capsule/);
  });

  it('reports media that left the project and choices with no right answer', () => {
    const doc = exportCourseFixture({ moduleCount: 1 });
    doc.media = doc.media.filter((asset) => asset.kind !== 'captions');
    const question = doc.questions.find((q) => q.type === 'single-choice');
    if (question?.type === 'single-choice') question.options.forEach((option) => (option.correct = false));
    expect(errorKeys(doc)).toEqual(['mediaMissing', 'choiceWithoutCorrectOption']);
  });

  it('blocks a fill-in-the-blanks text no learner could answer', () => {
    const doc = exportCourseFixture({ moduleCount: 1 });
    const { quizId, position } = doc.questions[0]!;
    const cloze = (text: string) => ({
      id: idOf(880), quizId, position, type: 'cloze' as const, prompt: 'Complétez.', text, caseSensitive: false, accentSensitive: true,
      points: 1, feedbackCorrect: 'Oui.', feedbackIncorrect: 'Non.', objectiveIds: [],
    });
    doc.questions.push(cloze('Le manager [écoute] puis il [reformule].'));
    expect(errorKeys(doc)).toEqual([]);
    for (const [text, key] of [
      ['Aucun trou.', 'questionIssue.no-blank'],
      ['Un [trou] et [ ].', 'questionIssue.empty-blank'],
      ['[a] '.repeat(11), 'questionIssue.too-many-blanks'],
    ] as const) {
      doc.questions[doc.questions.length - 1] = cloze(text);
      expect(errorKeys(doc), text).toEqual([key]);
    }
  });

  it('blocks a completion rule no SCO could meet', () => {
    const doc = exportCourseFixture({ moduleCount: 2 });
    doc.course.completionRule = 'quiz-passed';
    doc.quizzes = doc.quizzes.slice(0, 1);
    expect(errorKeys(doc, { version: '1.2', mode: 'course' })).toEqual([]);
    expect(errorKeys(doc, { version: '1.2', mode: 'module-scos' })).toEqual(['completionNeedsQuizInModule']);
    doc.quizzes = [];
    expect(errorKeys(doc, { version: '1.2', mode: 'course' })).toEqual(['completionNeedsQuizInCourse']);
  });

  it('accepts module locking only where the standard can express it', () => {
    const doc = exportCourseFixture();
    expect(errorKeys(doc, { version: '1.2', mode: 'course', lockModules: true })).toEqual(['lockNeedsModuleScos']);
    expect(errorKeys(doc, { version: '2004-3rd', mode: 'module-scos', lockModules: true })).toEqual(['lockNeeds4thEdition']);
    expect(errorKeys(doc, { version: '2004-4th', mode: 'module-scos', lockModules: true })).toEqual([]);
  });

  it('warns, without blocking, about missing alt text, captions and empty blocks', () => {
    const doc = exportCourseFixture({ moduleCount: 1 });
    doc.capsules[0]!.content = {
      type: 'doc',
      content: [
        { type: 'image', attrs: { mediaId: doc.media[0]!.id, alt: ' ', caption: '' } },
        { type: 'video', attrs: { mediaId: doc.media[1]!.id, captionsMediaId: null, transcript: '', durationSeconds: null } },
        { type: 'audio', attrs: { mediaId: null, transcript: '', durationSeconds: null } },
      ],
    };
    const notices = checkExport(doc, ExportOptionsSchema.parse({ version: '1.2', mode: 'course' }));
    expect(notices.map((n) => `${n.severity}:${n.key}`)).toEqual(['warning:imageWithoutAlt', 'warning:videoWithoutCaptions', 'warning:mediaBlockEmpty', 'info:moodleRuleSingleScoPassedOrCompleted']);
    expect(() => plan(doc, { version: '1.2', mode: 'course' })).not.toThrow();
  });
});
