import type { Capsule, MediaAsset, Module, Question, Quiz } from '../../../shared/model/course';
import { CourseDocumentSchema, type CourseDocument } from '../../../shared/model/courseDocument';
import type { RichTextNode } from '../../../shared/model/richText';
import type { PlayerAssets } from '../../../shared/export/buildPackagePlan';

/** A readable, valid id: `idOf(3)` → 00000000-0000-7000-8000-000000000003. */
export function idOf(n: number): string {
  return `00000000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
}

const sha = (n: number): string => n.toString(16).padStart(2, '0').repeat(32);

export function mediaAsset(n: number, fileName: string, mimeType: string, kind: MediaAsset['kind'], size = 1000 + n): MediaAsset {
  return { id: idOf(900 + n), sha256: sha(n), fileName, mimeType, kind, size, crc32: 0, durationSeconds: null, width: null, height: null, createdAt: '2026-01-01T00:00:00Z' };
}

export const paragraph = (text: string): RichTextNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** A capsule body using every block the export renders. */
export function richContent(media: { image: MediaAsset; video: MediaAsset; captions: MediaAsset; audio: MediaAsset; pdf: MediaAsset }): Capsule['content'] {
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Écouter' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Lire ' }, { type: 'text', text: 'la fiche', marks: [{ type: 'link', attrs: { href: 'https://example.org/fiche?a=1&b=2' } }, { type: 'bold' }] }] },
      { type: 'image', attrs: { mediaId: media.image.id, alt: 'Un schéma', caption: 'Figure 1' } },
      { type: 'video', attrs: { mediaId: media.video.id, captionsMediaId: media.captions.id, transcript: 'Bonjour.\nAu revoir.', durationSeconds: 120 } },
      { type: 'audio', attrs: { mediaId: media.audio.id, transcript: '', durationSeconds: 30 } },
      { type: 'resource', attrs: { mediaId: media.pdf.id, label: 'Fiche outil' } },
      { type: 'callout', attrs: { tone: 'warning' }, content: [paragraph('Attention')] },
      { type: 'keyPoints', content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('Un')] }] }] },
      { type: 'activityInstructions', attrs: { mode: 'synchronous' }, content: [paragraph('Classe virtuelle')] },
      {
        type: 'videoScript',
        content: [{ type: 'videoScriptRow', content: [{ type: 'scriptNarration', content: [paragraph('Voix')] }, { type: 'scriptScreen', content: [paragraph('Écran')] }] }],
      },
    ],
  };
}

export interface FixtureOptions {
  moduleCount?: number;
  capsulesPerModule?: number;
  /** Add a quiz with two questions to the last capsule of each module. */
  quizzes?: boolean;
  title?: string;
}

/** A valid two-module course with media, quizzes and every block type. */
export function exportCourseFixture(options: FixtureOptions = {}): CourseDocument {
  const { moduleCount = 2, capsulesPerModule = 2, quizzes = true, title = 'OPTIMANAGER – Manager d’équipe' } = options;
  const media = {
    image: mediaAsset(1, 'schéma.png', 'image/png', 'image'),
    video: mediaAsset(2, 'écoute.mp4', 'video/mp4', 'video'),
    captions: mediaAsset(3, 'écoute.vtt', 'text/vtt', 'captions'),
    audio: mediaAsset(4, 'podcast.mp3', 'audio/mpeg', 'audio'),
    pdf: mediaAsset(5, 'fiche outil.pdf', 'application/pdf', 'document'),
  };
  const modules: Module[] = [];
  const capsules: Capsule[] = [];
  const quizList: Quiz[] = [];
  const questions: Question[] = [];
  let next = 10;
  for (let m = 0; m < moduleCount; m++) {
    const moduleId = idOf(next++);
    modules.push({ id: moduleId, title: `Module ${m + 1} · Communiquer`, summary: 'Semaine de travail', week: m + 1, position: `a${m}` });
    for (let c = 0; c < capsulesPerModule; c++) {
      const capsuleId = idOf(next++);
      capsules.push({
        id: capsuleId,
        moduleId,
        title: `Capsule ${m + 1}.${c + 1}`,
        kind: 'reading',
        minutesOverride: null,
        weekOverride: null,
        content: c === 0 ? richContent(media) : { type: 'doc', content: [paragraph('Texte simple')] },
        objectiveIds: [],
        position: `a${c}`,
      });
      if (quizzes && c === capsulesPerModule - 1) {
        const quizId = idOf(next++);
        quizList.push({ id: quizId, capsuleId, title: 'Quiz', passingScore: null, shuffle: false, drawCount: null, feedbackPassed: 'Bravo', feedbackFailed: 'Revoir' });
        const base = { quizId, points: 1, feedbackCorrect: 'Oui', feedbackIncorrect: 'Non', objectiveIds: [] };
        questions.push({ ...base, id: idOf(next++), type: 'true-false', prompt: 'Vrai ?', answer: true, position: 'a0' });
        questions.push({
          ...base,
          id: idOf(next++),
          type: 'single-choice',
          prompt: 'Laquelle ?',
          position: 'a1',
          options: [
            { id: idOf(next++), text: 'A', correct: true, feedback: '' },
            { id: idOf(next++), text: 'B', correct: false, feedback: '' },
          ],
        });
      }
    }
  }
  return CourseDocumentSchema.parse({
    format: 1,
    course: {
      id: idOf(1),
      title,
      client: 'OPTIMAX',
      businessProblem: 'Des managers promus sans formation.',
      audience: 'Chefs d’équipe',
      audienceLevel: '',
      learnerCount: 15,
      language: 'fr',
      weeklyBudgetMinutes: 45,
      durationWeeks: moduleCount,
      startDate: null,
      targetLms: 'Moodle',
      scormVersion: '1.2',
      packagingMode: 'course',
      completionRule: quizzes ? 'viewed-and-passed' : 'all-viewed',
      masteryScore: 80,
      competencies: [],
    },
    objectives: [{ id: idOf(2), moduleId: null, code: 'O1', text: 'Conduire un entretien', bloomLevel: 'apply', position: 'a0' }],
    modules,
    capsules,
    quizzes: quizList,
    questions,
    media: Object.values(media),
    cohorts: [],
    liveSessions: [],
    weeks: [],
  });
}

/** Small stand-ins for the player's files (the real ones come from out/scorm-player and scorm-templates). */
export const fixturePlayerAssets: PlayerAssets = {
  script: 'window.SPOC_PLAYER = true;\n',
  style: '.spoc-callout { border: 1px solid; }\n',
  scoPage:
    '<!doctype html><html lang="{{lang}}"><head><meta charset="utf-8"><title>{{title}}</title><link rel="stylesheet" href="../player/player.css">{{theme}}</head><body><main id="spoc-player"></main><script src="course-data.js"></script><script src="../player/player.js"></script></body></html>\n',
};
