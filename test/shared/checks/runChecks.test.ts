import { describe, expect, it } from 'vitest';
import { alignmentMatrix } from '../../../shared/authoring/alignmentMatrix';
import { CHECK_IDS, DEFAULT_CHECK_SETTINGS, CheckSettingsSchema } from '../../../shared/checks/checkSettings';
import { validateQuiz } from '../../../shared/authoring/validateQuiz';
import { checkExport } from '../../../shared/export/checkExport';
import { ExportOptionsSchema } from '../../../shared/export/exportOptions';
import { formatFinding } from '../../../shared/checks/formatFinding';
import { runChecks } from '../../../shared/checks/runChecks';
import type { Question } from '../../../shared/model/course';
import type { CourseDocument } from '../../../shared/model/courseDocument';
import type { RichTextNode } from '../../../shared/model/richText';
import { addCapsule, addLiveSession, addModule, addObjective, addQuiz, buildCohort, buildTestCourse } from '../pacing/buildTestCourse';

/** One module, one week, everything the checks want: the baseline each test then breaks in one way. */
function soundCourse(): CourseDocument {
  const doc = buildTestCourse({ durationWeeks: 1, weeklyBudgetMinutes: 60 });
  const module = addModule(doc, 'Le rôle du manager', 1);
  const objective = addObjective(doc, module, 'O1.1');
  addCapsule(doc, module, 'Vidéo', 'video', 6);
  addCapsule(doc, module, 'Étude de cas', 'activity', 20, { objectiveIds: [objective.id] });
  const quizCapsule = addCapsule(doc, module, 'Quiz', 'assessment', null);
  addQuiz(doc, quizCapsule, 3);
  doc.cohorts.push(buildCohort({ learnerCount: 15 }));
  return doc;
}

/** The pedagogical findings, without the export blockers (media ids in these fixtures point at no file). */
const pedagogical = (doc: CourseDocument, settings = DEFAULT_CHECK_SETTINGS) => runChecks(doc, settings).filter((finding) => finding.checkId !== 'export-blocker');
const checkIds = (doc: CourseDocument, settings = DEFAULT_CHECK_SETTINGS): string[] => pedagogical(doc, settings).map((finding) => finding.checkId);

function videoBlock(attrs: Record<string, unknown>): RichTextNode {
  return { type: 'video', attrs: { mediaId: null, captionsMediaId: 'captions', transcript: '', durationSeconds: 120, ...attrs } };
}

describe('runChecks', () => {
  it('finds nothing in a sound course', () => {
    expect(runChecks(soundCourse())).toEqual([]);
  });

  it('flags a capsule over 10 minutes but not a long activity', () => {
    const doc = soundCourse();
    const long = doc.capsules[0]!;
    long.minutesOverride = 12;
    doc.capsules[1]!.minutesOverride = 25;

    const findings = runChecks(doc);

    expect(findings).toEqual([
      expect.objectContaining({
        checkId: 'capsule-too-long',
        severity: 'warning',
        target: { kind: 'capsule', id: long.id },
        params: { title: 'Vidéo', minutes: 12, max: 10 },
      }),
    ]);
    expect(formatFinding(findings[0]!, 'fr')).toBe('«\u00A0Vidéo\u00A0» dure 12 min\u00A0: au-delà de 10 min, découpez-la en deux capsules.');
  });

  it('flags a video over 7 minutes, from its block or from its media asset', () => {
    const doc = soundCourse();
    doc.capsules[0]!.content = { type: 'doc', content: [videoBlock({ durationSeconds: 8 * 60 + 30 })] };
    expect(pedagogical(doc)).toEqual([expect.objectContaining({ checkId: 'video-too-long', params: expect.objectContaining({ minutes: 8.5, max: 7 }) })]);

    doc.capsules[0]!.content = { type: 'doc', content: [videoBlock({ durationSeconds: null, mediaId: 'm1' })] };
    doc.media.push({
      id: 'm1',
      sha256: 'a'.repeat(64),
      fileName: 'intro.mp4',
      mimeType: 'video/mp4',
      kind: 'video',
      size: 1,
      crc32: 0,
      durationSeconds: 600,
      width: null,
      height: null,
      createdAt: '2026-01-01T00:00:00Z',
    });
    expect(checkIds(doc)).toEqual(['video-too-long']);
  });

  it('flags images without alt text and videos without captions, nested anywhere, as errors', () => {
    const doc = soundCourse();
    doc.capsules[0]!.content = {
      type: 'doc',
      content: [
        { type: 'image', attrs: { mediaId: 'x', alt: '  ', caption: '' } },
        { type: 'callout', content: [{ type: 'image', attrs: { mediaId: 'y', alt: '', caption: '' } }] },
        { type: 'image', attrs: { mediaId: 'z', alt: 'Un manager en réunion', caption: '' } },
        videoBlock({ captionsMediaId: null }),
      ],
    };

    const findings = pedagogical(doc);

    expect(findings.map((finding) => [finding.checkId, finding.severity, finding.params.count])).toEqual([
      ['image-without-alt', 'error', 2],
      ['video-without-captions', 'error', 1],
    ]);
  });

  it('flags a week over its budget, counting live sessions', () => {
    const doc = soundCourse();
    addLiveSession(doc, { week: 1, durationMinutes: 60 });

    expect(runChecks(doc)).toEqual([
      expect.objectContaining({ checkId: 'week-over-budget', target: { kind: 'week', id: '1' }, params: { week: 1, minutes: 89, budget: 60 } }),
    ]);
  });

  it('flags a week with no activity and no assessment', () => {
    const doc = soundCourse();
    doc.course.durationWeeks = 2;
    const second = addModule(doc, 'Communiquer', 2);
    const objective = addObjective(doc, second, 'O2.1');
    addCapsule(doc, second, 'Lecture', 'reading', 5, { objectiveIds: [objective.id] });

    const weekFindings = runChecks(doc).filter((finding) => finding.target.kind === 'week');

    expect(weekFindings.map((finding) => [finding.checkId, finding.target.id])).toEqual([
      ['week-without-activity', '2'],
      ['week-without-assessment', '2'],
    ]);
  });

  it('counts a live session as the week’s activity', () => {
    const doc = soundCourse();
    doc.capsules.splice(1, 1);
    doc.capsules[1]!.objectiveIds = [doc.objectives[0]!.id];
    doc.questions[0]!.objectiveIds = [doc.objectives[0]!.id];
    expect(checkIds(doc)).toEqual(['week-without-activity']);
    addLiveSession(doc, { week: 1, durationMinutes: 20 });
    expect(checkIds(doc)).toEqual([]);
  });

  it('flags a module without objective and an objective that nothing assesses', () => {
    const doc = soundCourse();
    const bare = addModule(doc, 'Gérer les conflits', 1);
    addCapsule(doc, bare, 'Simulation', 'interactive', 8);
    const orphan = addObjective(doc, null, 'O9', 'Désamorcer un conflit');

    const findings = runChecks(doc);

    expect(findings).toEqual([
      expect.objectContaining({ checkId: 'module-without-objective', target: { kind: 'module', id: bare.id } }),
      expect.objectContaining({ checkId: 'objective-not-assessed', target: { kind: 'objective', id: orphan.id } }),
    ]);
  });

  it('counts an objective as assessed by a question that targets it', () => {
    const doc = soundCourse();
    const objective = addObjective(doc, null, 'O2');
    expect(checkIds(doc)).toEqual(['objective-not-assessed']);
    doc.questions[0]!.objectiveIds = [objective.id];
    expect(checkIds(doc)).toEqual([]);
  });

  it('counts an objective taught by a quiz’s capsule as assessed only once a question targets it, as the matrix does', () => {
    const doc = soundCourse();
    const objective = addObjective(doc, null, 'O2');
    doc.capsules[2]!.objectiveIds = [objective.id];
    const statusOf = () => alignmentMatrix(doc).find((row) => row.objective.id === objective.id)!.status;
    expect(statusOf()).toBe('not-assessed');
    expect(checkIds(doc)).toEqual(['objective-not-assessed']);
    doc.questions[2]!.objectiveIds = [objective.id];
    expect(statusOf()).toBe('aligned');
    expect(checkIds(doc)).toEqual([]);
  });

  it('does not count a reading capsule tagged with an objective as assessing it', () => {
    const doc = soundCourse();
    doc.capsules[1]!.kind = 'reading';
    doc.capsules[1]!.minutesOverride = 8;
    expect(checkIds(doc)).toContain('objective-not-assessed');
  });

  it('flags a question without any feedback and points at its capsule', () => {
    const doc = soundCourse();
    const question = doc.questions[1]!;
    question.feedbackCorrect = '';
    question.feedbackIncorrect = ' ';

    expect(runChecks(doc)).toEqual([
      expect.objectContaining({
        checkId: 'question-without-feedback',
        target: { kind: 'question', id: question.id, capsuleId: doc.capsules[2]!.id },
      }),
    ]);
  });

  it('accepts per-option feedback as feedback', () => {
    const doc = soundCourse();
    const question = doc.questions[0]!;
    Object.assign(question, {
      type: 'single-choice',
      feedbackCorrect: '',
      feedbackIncorrect: '',
      options: [
        { id: 'a', text: 'Oui', correct: true, feedback: 'Exact : le manager fixe le cap.' },
        { id: 'b', text: 'Non', correct: false, feedback: '' },
      ],
    });
    expect(checkIds(doc)).toEqual([]);
  });

  it('flags cohorts outside 10 to 50 learners', () => {
    const doc = soundCourse();
    doc.cohorts.push(buildCohort({ name: 'Pilote', learnerCount: 6 }), buildCohort({ name: 'Groupe', learnerCount: 80 }), buildCohort({ learnerCount: 50 }));

    const findings = runChecks(doc);

    expect(findings.map((finding) => finding.messageKey)).toEqual(['cohortTooSmall', 'cohortTooLarge']);
    expect(formatFinding(findings[1]!, 'en')).toBe('Cohort “Groupe”: 80 learners, more than 50; individual follow-up gets hard.');
  });

  it('flags four capsules of one kind in a row, across modules, once per run', () => {
    const doc = soundCourse();
    const module = addModule(doc, 'Suite', 1);
    addObjective(doc, module, 'O3');
    const first = addCapsule(doc, module, 'Lecture 1', 'reading', 2);
    for (let index = 2; index <= 5; index += 1) addCapsule(doc, module, `Lecture ${index}`, 'reading', 2);

    const findings = runChecks(doc).filter((finding) => finding.checkId === 'same-kind-streak');

    expect(findings).toEqual([expect.objectContaining({ target: { kind: 'capsule', id: first.id }, params: expect.objectContaining({ count: 5, max: 3 }) })]);
    expect(formatFinding(findings[0]!, 'fr')).toContain('5 capsules «\u00A0lecture\u00A0» à la suite');
  });

  it('flags a capsule that counts 0 min, as the outline shows it', () => {
    const doc = soundCourse();
    const module = doc.modules[0]!;
    const empty = addCapsule(doc, module, 'À écrire', 'reading', null);
    const findings = runChecks(doc).filter((finding) => finding.checkId === 'capsule-without-time');
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', target: { kind: 'capsule', id: empty.id } })]);
    expect(formatFinding(findings[0]!, 'fr')).toBe('«\u202fÀ écrire\u202f» compte 0\u202fmin\u202f: elle ne pèse rien dans la charge de sa semaine. Écrivez son contenu ou imposez sa durée.');
    empty.minutesOverride = 0.2;
    expect(runChecks(doc).filter((finding) => finding.checkId === 'capsule-without-time')).toHaveLength(1);
    empty.minutesOverride = 1;
    expect(runChecks(doc).filter((finding) => finding.checkId === 'capsule-without-time')).toEqual([]);
  });

  it('applies the course’s own thresholds and turned-off checks', () => {
    const doc = soundCourse();
    doc.capsules[0]!.minutesOverride = 12;
    doc.cohorts[0]!.learnerCount = 8;
    expect(checkIds(doc)).toEqual(['capsule-too-long', 'cohort-size']);

    const settings = { ...DEFAULT_CHECK_SETTINGS, maxCapsuleMinutes: 15, minCohortSize: 5 };
    expect(checkIds(doc, settings)).toEqual([]);
    doc.capsules[0]!.minutesOverride = 20;
    expect(checkIds(doc, { ...settings, disabledChecks: ['capsule-too-long'] })).toEqual([]);
  });

  it('lists what blocks the export before errors, warnings and suggestions', () => {
    const doc = soundCourse();
    doc.capsules[0]!.minutesOverride = 12;
    doc.capsules[0]!.content = { type: 'doc', content: [{ type: 'image', attrs: { mediaId: 'x', alt: '', caption: '' } }] };
    doc.course.durationWeeks = 2;

    expect(runChecks(doc).map((finding) => finding.severity)).toEqual(['blocks-export', 'error', 'warning', 'info', 'info']);
  });

  it('reports every export blocker, from the function the export runs, at the question it concerns; it cannot be turned off', () => {
    const doc = soundCourse();
    const question = { ...doc.questions[0]!, type: 'multiple-choice' as const, options: [{ id: 'a', text: 'A', correct: false, feedback: '' }, { id: 'b', text: 'B', correct: false, feedback: '' }] };
    doc.questions[0] = question as never;
    const blockers = runChecks(doc, { ...DEFAULT_CHECK_SETTINGS, disabledChecks: [...CHECK_IDS] });
    expect(blockers).toEqual([
      expect.objectContaining({ checkId: 'export-blocker', severity: 'blocks-export', messageKey: 'choiceWithoutCorrectOption', target: { kind: 'question', id: question.id, capsuleId: doc.capsules[2]!.id } }),
    ]);
    const exportErrors = checkExport(doc, ExportOptionsSchema.parse({ version: doc.course.scormVersion, mode: doc.course.packagingMode })).filter((notice) => notice.severity === 'error');
    expect(exportErrors.map((notice) => [notice.key, notice.target])).toEqual(blockers.map((blocker) => [blocker.messageKey, blocker.target]));
    expect(formatFinding(blockers[0]!, 'en')).toBe(exportErrors[0]!.message);
  });

  it('blocks the export on what the quiz editor calls an error, and only on that', () => {
    const doc = soundCourse();
    const quiz = doc.quizzes[0]!;
    const options = [{ id: 'a', text: 'A', correct: true, feedback: '' }, { id: 'b', text: 'B', correct: true, feedback: '' }];
    const single = { ...doc.questions[0]!, type: 'single-choice', options } as Question;
    doc.questions[0] = single;
    quiz.drawCount = 10;
    const blockers = () => runChecks(doc).filter((finding) => finding.severity === 'blocks-export');
    expect(blockers().map((blocker) => [blocker.messageKey, blocker.params.correctCount])).toEqual([['questionIssue.several-correct-in-single-choice', 2]]);
    expect(validateQuiz(quiz, doc.questions.filter((question) => question.quizId === quiz.id), doc.course.masteryScore).playable).toBe(false);
    expect(formatFinding(blockers()[0]!, 'fr')).toMatch(/^La question «\u202f.+\u202f» du quiz de la capsule «\u202fQuiz\u202f» ne peut pas être jouée\u202f: 2 réponses justes pour un choix unique\.$/u);

    doc.questions[0] = { ...single, options: [options[0]!, { ...options[1]!, correct: false }] } as Question;
    for (const question of doc.questions) question.points = 0;
    expect(blockers().map((blocker) => blocker.messageKey)).toEqual(['quizUnpassable']);
  });

  it('gives every finding a stable id', () => {
    const doc = soundCourse();
    doc.course.durationWeeks = 3;
    const ids = runChecks(doc).map((finding) => finding.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(runChecks(doc).map((finding) => finding.id)).toEqual(ids);
  });
});

describe('CheckSettingsSchema', () => {
  it('rejects thresholds that make no sense', () => {
    expect(CheckSettingsSchema.safeParse({ ...DEFAULT_CHECK_SETTINGS, minCohortSize: 60, maxCohortSize: 50 }).success).toBe(false);
    expect(CheckSettingsSchema.safeParse({ ...DEFAULT_CHECK_SETTINGS, maxCapsuleMinutes: 0 }).success).toBe(false);
    expect(CheckSettingsSchema.safeParse({ ...DEFAULT_CHECK_SETTINGS, disabledChecks: ['no-such-check'] }).success).toBe(false);
    expect(CheckSettingsSchema.safeParse({ ...DEFAULT_CHECK_SETTINGS, extra: 1 }).success).toBe(false);
    expect(CheckSettingsSchema.safeParse(DEFAULT_CHECK_SETTINGS).success).toBe(true);
  });
});
