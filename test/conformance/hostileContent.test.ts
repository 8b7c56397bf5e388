import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/api/appError';
import { buildPackagePlan } from '../../shared/export/buildPackagePlan';
import { ExportOptionsSchema } from '../../shared/export/exportOptions';
import { PackagingModeSchema, ScormVersionSchema, type ScormVersion } from '../../shared/model/course';
import { byPosition } from '../../shared/model/byPosition';
import { CourseDocumentSchema, type CourseDocument } from '../../shared/model/courseDocument';
import { fixturePlayerAssets, idOf, paragraph } from '../shared/export/exportCourseFixture';
import { compactSample } from './support/compactSample';
import { mostlyRight } from './support/learnerWalk';
import { playScoTwice } from './support/playSco';
import { chromiumForThisFile, withTestLms } from './support/testLms';
import { writePackageFolders } from './support/writePackageFolders';
import { validateManifest } from './xsd/validateManifest';

/** Markup, both quotes, entities, an emoji, right-to-left Arabic and Hebrew, CDATA and comment ends. */
const HOSTILE = `<script>window.pwned=1</script><img src=x onerror="window.pwned=2"> "double" 'single' & &amp; 😀 مرحبا بالعالم שלום ]]> <!-- -->`;
const LONG = 'Très long « texte » & <b>gras</b> עברית ‏😀 '.repeat(300).slice(0, 10_000);

/** The compact sample with every user string the player shows or the manifest holds made hostile. */
function hostileCourse(): CourseDocument {
  const doc = compactSample();
  const capsules = [...doc.capsules].sort(byPosition);
  const readingCapsule = capsules.find((capsule) => !doc.quizzes.some((quiz) => quiz.capsuleId === capsule.id))!;
  doc.course.title = HOSTILE;
  doc.course.businessProblem = LONG;
  doc.modules[0]!.title = HOSTILE;
  doc.modules[1]!.title = LONG.slice(0, 500);
  readingCapsule.title = HOSTILE;
  readingCapsule.content = {
    type: 'doc',
    content: [
      paragraph(HOSTILE),
      { type: 'paragraph', content: [{ type: 'text', text: 'lien', marks: [{ type: 'link', attrs: { href: 'javascript:window.pwned=3' } }] }] },
      paragraph(LONG),
      // Interactive blocks: every title, label, feedback, id and position hostile.
      { type: 'flashcards', content: [{ type: 'panel', attrs: { title: HOSTILE }, content: [paragraph(HOSTILE)] }] },
      { type: 'process', content: [{ type: 'panel', attrs: { title: HOSTILE }, content: [paragraph('a')] }, { type: 'panel', attrs: { title: 'b' }, content: [paragraph('b')] }] },
      { type: 'timeline', content: [{ type: 'panel', attrs: { title: HOSTILE }, content: [paragraph('a')] }] },
      {
        type: 'labeledGraphic',
        attrs: { mediaId: doc.media.find((asset) => asset.kind === 'image')!.id, alt: HOSTILE },
        content: [{ type: 'hotspot', attrs: { title: HOSTILE, x: '50%;background:url(https://evil.example/x)', y: 1e300 }, content: [paragraph(HOSTILE)] }],
      },
      {
        type: 'scenario',
        attrs: { id: '"><script>window.pwned=5</script>', title: HOSTILE, required: 0 },
        content: [
          { type: 'situation', attrs: { id: 'a', title: HOSTILE }, content: [paragraph('Départ'), { type: 'scenarioChoice', attrs: { label: HOSTILE, feedback: HOSTILE, target: '"><img src=x onerror=window.pwned=6>' } }] },
          { type: 'situation', attrs: { id: 'a', title: 'copie' }, content: [paragraph('Fin')] },
        ],
      },
      ...(readingCapsule.content.content ?? []),
    ],
  };
  for (const quiz of doc.quizzes) Object.assign(quiz, { title: HOSTILE, feedbackPassed: HOSTILE, feedbackFailed: LONG });
  for (const question of doc.questions) {
    question.prompt = `${HOSTILE} ${LONG}`;
    question.feedbackCorrect = HOSTILE;
    if (question.type === 'single-choice' || question.type === 'multiple-choice') question.options.forEach((option) => (option.text = `${option.text} ${HOSTILE}`));
    if (question.type === 'fill-in') question.acceptedAnswers = [`<b>"x" & 'y'</b> 😀 שלום`];
    if (question.type === 'matching') question.pairs.forEach((pair) => (pair.right = `${pair.right} <i>&</i>`));
  }
  for (const objective of doc.objectives) objective.text = HOSTILE;
  return CourseDocumentSchema.parse(doc);
}

describe('hostile titles and content give valid, escaped packages that play without running any of it', () => {
  const chromium = chromiumForThisFile();

  const injected = (frame: Frame) => frame.evaluate(() => [(window as { pwned?: number }).pwned, (window.parent as { pwned?: number }).pwned].filter((value) => value !== undefined));

  it.each(ScormVersionSchema.options)('SCORM %s', async (version: ScormVersion) => {
    const doc = hostileCourse();
    const { plan, packages, root } = await writePackageFolders(doc, { version, mode: 'module-packages' });
    chromium.removeAfterAll(root);
    expect(plan.fileName, 'the folder').toMatch(/^[a-z0-9][a-z0-9-]*$/);
    for (const name of plan.packages.map((pkg) => pkg.fileName)) expect(name).toMatch(/^[a-z0-9][a-z0-9-]*\.zip$/);
    for (const pkg of packages) {
      expect(validateManifest(pkg.manifest, version)).toBe('');
      expect(pkg.manifest).toContain('&lt;script&gt;window.pwned=1&lt;/script&gt;');
    }

    await withTestLms(chromium.browser(), async (lms) => {
      const dialogs: string[] = [];
      lms.page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      // The module whose capsule, titles and quiz carry the hostile strings.
      lms.usePackage(packages[0]!.folder);
      const { final } = await playScoTwice(lms, version, packages[0]!.scoPaths[0]!, mostlyRight);
      const frame = await lms.launch(version === '1.2' ? '1.2' : '2004', packages[0]!.scoPaths[0]!, final.cmi);
      await frame.locator('dialog[open] .spoc-button--secondary').click();
      expect(await frame.title()).toContain('<script>window.pwned=1</script>');
      expect(await frame.locator('.spoc-course-title').textContent()).toBe(HOSTILE);
      expect(await frame.locator('#spoc-capsule-title').textContent()).toBe(HOSTILE);
      expect(await frame.locator('.spoc-content').textContent()).toContain(HOSTILE);
      expect(await frame.locator('.spoc-content').textContent()).toContain(LONG);
      expect(await frame.locator('.spoc-content script, .spoc-content img[src="x"], .spoc-content a[href^="javascript"]').count()).toBe(0);
      await frame.locator('.spoc-content').getByText('lien', { exact: true }).click();
      await frame.locator('.spoc-card-front').click();
      await frame.locator('.spoc-hotspot').click();
      await frame.locator('[data-spoc-step="1"]').click();
      await frame.locator('.spoc-scenario [data-spoc-choice]').click();
      expect(await frame.locator('.spoc-scenario-feedback').textContent()).toContain(HOSTILE);
      expect(await frame.locator('.spoc-content script, .spoc-content img[src="x"]').count()).toBe(0);
      expect(await injected(frame)).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(lms.problems).toEqual({ consoleErrors: [], consoleWarnings: [], outsideRequests: [], failedRequests: [] });
      expect(lms.missingFiles()).toEqual([]);
    });
  }, 60_000);

  it('a module without quiz makes a valid package that completes on viewing alone', async () => {
    const doc = compactSample();
    const moduleId = idOf(4_000);
    doc.modules.push({ id: moduleId, title: 'Pour aller plus loin', summary: '', week: 9, position: 'z0' });
    for (const n of [1, 2]) {
      doc.capsules.push({ id: idOf(4_000 + n), moduleId, title: `Lecture ${n}`, kind: 'reading', minutesOverride: null, weekOverride: null, content: { type: 'doc', content: [paragraph('Texte')] }, objectiveIds: [], position: `a${n}` });
    }
    for (const version of ['1.2', '2004-4th'] as const) {
      const { plan, packages, root } = await writePackageFolders(CourseDocumentSchema.parse(doc), { version, mode: 'module-packages' });
      chromium.removeAfterAll(root);
      const last = packages.at(-1)!;
      expect(validateManifest(last.manifest, version)).toBe('');
      expect(last.manifest).not.toMatch(/masteryscore|minNormalizedMeasure/);
      expect(plan.notices.filter((notice) => notice.severity === 'error')).toEqual([]);
      await withTestLms(chromium.browser(), async (lms) => {
        lms.usePackage(last.folder);
        const { outcome } = await playScoTwice(lms, version, last.scoPaths[0]!, mostlyRight);
        expect(outcome).toEqual({ scorePercent: null, success: 'unknown', completion: 'completed' });
        expect(lms.problems).toEqual({ consoleErrors: [], consoleWarnings: [], outsideRequests: [], failedRequests: [] });
      });
    }
  }, 60_000);

  it.each(PackagingModeSchema.options)('an empty module or a quiz without questions stops the export in mode %s, naming them', (mode) => {
    const doc = compactSample();
    const [first, second] = [...doc.modules].sort(byPosition);
    const emptied = doc.capsules.filter((capsule) => capsule.moduleId === second!.id);
    doc.capsules = doc.capsules.filter((capsule) => capsule.moduleId !== second!.id);
    doc.quizzes = doc.quizzes.filter((quiz) => !emptied.some((capsule) => capsule.id === quiz.capsuleId));
    const quiz = doc.quizzes.find((candidate) => doc.capsules.some((capsule) => capsule.id === candidate.capsuleId && capsule.moduleId === first!.id))!;
    const quizIds = new Set(doc.quizzes.map((candidate) => candidate.id));
    doc.questions = doc.questions.filter((question) => question.quizId !== quiz.id && quizIds.has(question.quizId));
    const quizCapsule = doc.capsules.find((capsule) => capsule.id === quiz.capsuleId)!;
    for (const version of ScormVersionSchema.options) {
      const attempt = () => buildPackagePlan(CourseDocumentSchema.parse(doc), ExportOptionsSchema.parse({ version, mode }), fixturePlayerAssets);
      expect(attempt).toThrow(AppError);
      expect(attempt).toThrow(new RegExp(`${quizCapsule.title}[\\s\\S]*${second!.title}`));
    }
  });
});
