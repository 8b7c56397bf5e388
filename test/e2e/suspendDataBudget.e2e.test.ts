import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importCourseDocument } from '../../electron/services/project/importCourseDocument';
import { byPosition } from '../../shared/model/byPosition';
import type { Question } from '../../shared/model/course';
import { loadSampleCourse, SAMPLE_FOLDER } from '../conformance/support/writePackageFolders';
import { launchApp, type LaunchedApp } from './support/launchApp';
import { screenshot } from './support/screenshot';
import { fr } from './support/frenchText';

let app: LaunchedApp | undefined;
let folder: string | undefined;

afterEach(async () => {
  try {
    app?.assertNoProblems();
  } finally {
    await app?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
});

describe('suspend_data budget check', () => {
  it('flags the SCO whose saved state can outgrow SCORM 1.2’s limit and jumps to the quiz that makes it grow', async () => {
    // The sample, exported as SCORM 1.2, with one quiz made of fill-in questions accepting very long answers.
    const doc = loadSampleCourse();
    const capsule = [...doc.capsules].sort(byPosition).find((candidate) => doc.quizzes.some((quiz) => quiz.capsuleId === candidate.id))!;
    const quiz = doc.quizzes.find((candidate) => candidate.capsuleId === capsule.id)!;
    const longAnswer = 'é'.repeat(250);
    const questions = doc.questions.map((question) =>
      question.quizId === quiz.id ? ({ ...question, type: 'fill-in', acceptedAnswers: [longAnswer], caseSensitive: false } as Question) : question,
    );
    folder = mkdtempSync(path.join(tmpdir(), 'spoc-e2e-budget-'));
    const projectPath = path.join(folder, 'budget.spoc');
    const project = await importCourseDocument(projectPath, { ...doc, course: { ...doc.course, scormVersion: '1.2', packagingMode: 'course' }, questions }, path.join(SAMPLE_FOLDER, 'media'));
    project.close();

    app = await launchApp({ projectFile: projectPath });
    const { page } = app;
    await page.getByTestId('nav-checks').click();
    await page.getByRole('heading', { name: 'Vérifications pédagogiques' }).waitFor();
    const finding = page.locator('[data-testid="finding"][data-check="suspend-data-budget"]');
    await expect.poll(() => finding.count()).toBe(1);
    await expect.poll(() => finding.innerText()).toMatch(/pour une limite de 4\s?096 en SCORM 1\.2/);
    expect(await finding.innerText()).toContain(`${fr('le quiz « ')}${quiz.title}${fr(' » en ajoute le plus')}`);
    await screenshot(page, 'checks-suspend-data-budget');
    await finding.getByRole('button', { name: 'Aller à l’élément' }).click();
    // The jump opens the quiz editor on a question of the quiz that grows the saved state most.
    const openPrompt = page.locator('.question-card--open .question-card__prompt');
    const prompts = questions.filter((question) => question.quizId === quiz.id).map((question) => question.prompt.slice(0, 30));
    await expect.poll(async () => prompts.includes((await openPrompt.innerText()).slice(0, 30))).toBe(true);
  }, 60_000);
});
