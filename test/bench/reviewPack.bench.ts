// The review pack of the large generated course (200 capsules, 1,000 questions) must be written in
// under 3 s, its size reported; importing a review of 1,000 comments must take under 1 s.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createServices } from '../../electron/services/createServices';
import type { ReviewAnchor } from '../../shared/model/review';
import { reviewFileOf } from '../electron/services/review/reviewFixture';
import { generateLargeCourse } from '../support/generateLargeCourse';

const PACK_BUDGET_MS = 3_000;
const IMPORT_BUDGET_MS = 1_000;
const COMMENTS = 1_000;

const uuid = (index: number) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'spoc-bench-review-'));
  const packPath = path.join(dir, 'pack.html');
  try {
    const course = await generateLargeCourse({ dir, mediaBytes: 4 * 1024 * 1024 });
    const api = createServices({
      mode: 'browser',
      workspaceDir: dir,
      appDataDir: dir,
      resourcesDir: dir,
      places: { chooseNewProjectPath: async () => null, chooseProjectToOpen: async () => course.projectPath, chooseExportPath: async () => packPath, chooseExportFolder: async () => null },
    });
    try {
      await api.openProject({});
      const round = await api.startReviewRound({ name: 'Bench', deadline: null, moduleIds: null, showAnswers: true, language: 'fr' });
      const packStart = performance.now();
      const saved = await api.saveReviewPack({ roundId: round.id });
      const packMs = performance.now() - packStart;
      const doc = course.document;
      console.log(`review pack: ${doc.capsules.length} capsules, ${doc.questions.length} questions → ${((saved?.bytes ?? 0) / 1024 / 1024).toFixed(2)} MB in ${packMs.toFixed(0)} ms (budget ${PACK_BUDGET_MS} ms)`);

      const anchors: ReviewAnchor[] = doc.questions.map((question) => {
        const capsuleId = doc.quizzes.find((quiz) => quiz.id === question.quizId)?.capsuleId ?? doc.capsules[0]!.id;
        return { kind: 'question', capsuleId, questionId: question.id, excerpt: question.prompt.slice(0, 100) };
      });
      const comments = Array.from({ length: COMMENTS }, (_, index) => ({
        id: uuid(index + 1),
        anchor: index % 2 === 0 ? anchors[index % anchors.length]! : ({ kind: 'capsule', capsuleId: doc.capsules[index % doc.capsules.length]!.id } as ReviewAnchor),
        text: `Commentaire ${index + 1} : à reformuler, merci.`,
      }));
      const file = reviewFileOf(doc, round, 'Bench', comments, doc.modules.map((module) => ({ moduleId: module.id, decision: 'approved' as const })));
      const text = JSON.stringify(file);
      const importStart = performance.now();
      const [result] = await api.importReviews({ files: [{ fileName: 'bench.spocreview', text }] });
      const importMs = performance.now() - importStart;
      console.log(`review import: ${COMMENTS} comments (${(text.length / 1024).toFixed(0)} kB) → ${result?.added ?? 0} added in ${importMs.toFixed(0)} ms (budget ${IMPORT_BUDGET_MS} ms)`);
      const overviewStart = performance.now();
      const overview = await api.getReviewOverview({});
      console.log(`review panel data: ${overview.comments.length} comments placed in ${(performance.now() - overviewStart).toFixed(0)} ms`);

      if (packMs > PACK_BUDGET_MS || importMs > IMPORT_BUDGET_MS || result?.added !== COMMENTS) {
        console.error('review bench: over budget or incomplete import');
        process.exitCode = 1;
      }
    } finally {
      api.dispose();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
