import { DEFAULT_CLIENT_THEME } from '../../shared/model/clientTheme';
import { createCipheriv, createHash } from 'node:crypto';
import { createReadStream, mkdirSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { generateNKeysBetween } from 'fractional-indexing';
import { importCourseDocument } from '../../electron/services/project/importCourseDocument';
import { QUESTION_TYPES, type Capsule, type MediaAsset, type Question, type QuestionType } from '../../shared/model/course';
import { COURSE_DOCUMENT_FORMAT, type CourseDocument } from '../../shared/model/courseDocument';
import type { RichTextNode } from '../../shared/model/richText';

export interface LargeCourseOptions {
  /** Folder receiving the media folder and the project file. */
  dir: string;
  /** Total bytes of media, split over mediaFileCount video files. */
  mediaBytes: number;
  mediaFileCount?: number;
  seed?: number;
  /** Multiplies modules, capsules and questions over the same 20 weeks (1 = the large course; 16 = 320 modules, 3,200 capsules). */
  scale?: number;
}

export interface LargeCourse {
  projectPath: string;
  mediaDir: string;
  document: CourseDocument;
}

const MODULE_COUNT = 20;
const CAPSULES_PER_MODULE = 10;
const QUESTION_COUNT = 1_000;
const WRITE_PIECE = 1024 * 1024;

/**
 * Writes size bytes of a deterministic pseudo-random stream (AES-128-CTR of zeros keyed by seed),
 * one 1 MB piece at a time: incompressible like real video, never whole in memory.
 */
export async function writePseudoRandomFile(filePath: string, size: number, seed: number): Promise<void> {
  const key = createHash('sha256').update(`spoc-bench-${seed}`).digest().subarray(0, 16);
  const cipher = createCipheriv('aes-128-ctr', key, Buffer.alloc(16));
  const zeros = Buffer.alloc(WRITE_PIECE);
  const handle = await open(filePath, 'w');
  try {
    for (let written = 0; written < size; written += WRITE_PIECE) {
      const piece = cipher.update(zeros.subarray(0, Math.min(WRITE_PIECE, size - written)));
      await handle.write(piece);
    }
  } finally {
    await handle.close();
  }
}

/** A deterministic numeric sequence for ids (UUID v7 shaped) and choices. */
function idFactory(seed: number): () => string {
  let counter = 0;
  return () => {
    counter += 1;
    const hex = createHash('sha256').update(`${seed}:${counter}`).digest('hex');
    return `0190${hex.slice(0, 4)}-${hex.slice(4, 8)}-7${hex.slice(8, 11)}-8${hex.slice(11, 14)}-${hex.slice(14, 26)}`;
  };
}

const LOREM =
  "Le manager de proximité anime son équipe au quotidien : il fixe le cap, écoute, reformule et donne un retour précis sur le travail fait. Cette capsule propose des situations concrètes tirées de l'atelier, des repères simples et une grille d'auto-évaluation.";

function capsuleContent(title: string, videoId: string | null): { type: 'doc'; content: RichTextNode[] } {
  const paragraph = (text: string): RichTextNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  const content: RichTextNode[] = [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: title }] },
    paragraph(`${LOREM} ${LOREM}`),
    { type: 'callout', attrs: { tone: 'key' }, content: [paragraph(LOREM)] },
    {
      type: 'bulletList',
      content: [1, 2, 3].map((n) => ({ type: 'listItem', content: [paragraph(`Point clé ${n} : ${LOREM.slice(0, 80)}`)] })),
    },
  ];
  if (videoId) {
    content.splice(1, 0, {
      type: 'video',
      attrs: { mediaId: videoId, captionsMediaId: null, transcript: LOREM, durationSeconds: 240 },
    });
  }
  return { type: 'doc', content };
}

function question(type: QuestionType, base: Omit<Question, 'type'>, nextId: () => string): Question {
  const options = () =>
    [0, 1, 2, 3].map((n) => ({ id: nextId(), text: `Réponse ${n + 1}`, correct: n === 1, feedback: n === 1 ? 'Exact.' : 'Pas tout à fait.' }));
  switch (type) {
    case 'single-choice':
      return { ...base, type, options: options() };
    case 'multiple-choice':
      return { ...base, type, options: options() };
    case 'true-false':
      return { ...base, type, answer: true };
    case 'fill-in':
      return { ...base, type, acceptedAnswers: ['écoute active', 'écoute'], caseSensitive: false };
    case 'cloze':
      return { ...base, type, text: 'Le manager [écoute|écoute activement], puis il [reformule].', caseSensitive: false, accentSensitive: true };
    case 'matching':
      return { ...base, type, pairs: [1, 2, 3].map((n) => ({ id: nextId(), left: `Situation ${n}`, right: `Réaction ${n}` })) };
    case 'ordering':
      return { ...base, type, items: [1, 2, 3, 4].map((n) => ({ id: nextId(), text: `Étape ${n}` })) };
    case 'numeric':
      return { ...base, type, answer: 15, tolerance: 1 };
  }
}

/** The course of the benchmarks: 20 modules, 200 capsules (40 with a quiz), 1,000 questions of every type, and the given media. */
export async function generateLargeCourse(options: LargeCourseOptions): Promise<LargeCourse> {
  const seed = options.seed ?? 1;
  const scale = options.scale ?? 1;
  const moduleCount = MODULE_COUNT * scale;
  const questionCount = QUESTION_COUNT * scale;
  const nextId = idFactory(seed);
  const mediaDir = path.join(options.dir, 'media');
  mkdirSync(mediaDir, { recursive: true });

  const fileCount = Math.max(1, options.mediaFileCount ?? 5);
  const media: MediaAsset[] = [];
  for (let index = 0; index < fileCount; index += 1) {
    const fileName = `video-${index + 1}.mp4`;
    const size = Math.floor(options.mediaBytes / fileCount) + (index === 0 ? options.mediaBytes % fileCount : 0);
    const filePath = path.join(mediaDir, fileName);
    await writePseudoRandomFile(filePath, size, seed * 1_000 + index);
    media.push({
      id: nextId(),
      ...(await checksumsOf(filePath)),
      fileName,
      mimeType: 'video/mp4',
      kind: 'video',
      size,
      durationSeconds: 240,
      width: 1280,
      height: 720,
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, index)).toISOString(),
    });
  }

  const modulePositions = generateNKeysBetween(null, null, moduleCount);
  const capsulePositions = generateNKeysBetween(null, null, CAPSULES_PER_MODULE);
  const modules = modulePositions.map((position, index) => ({
    id: nextId(),
    title: `Module ${index + 1} · Compétence managériale ${index + 1}`,
    summary: LOREM,
    week: Math.floor(index / scale) + 1,
    position,
  }));
  const objectives = modules.map((module, index) => ({
    id: nextId(),
    moduleId: module.id,
    code: `O${index + 1}.1`,
    text: `Savoir appliquer la compétence ${index + 1} en situation réelle`,
    bloomLevel: 'apply' as const,
    position: 'a0',
  }));
  const kinds = ['video', 'reading', 'interactive', 'activity', 'assessment'] as const;
  const capsules: Capsule[] = modules.flatMap((module, moduleIndex) =>
    capsulePositions.map((position, index) => {
      const kind = kinds[index % kinds.length]!;
      const title = `Capsule ${moduleIndex + 1}.${index + 1}`;
      return {
        id: nextId(),
        moduleId: module.id,
        title,
        kind,
        minutesOverride: null,
        weekOverride: null,
        content: capsuleContent(title, kind === 'video' ? media[(moduleIndex + index) % media.length]!.id : null),
        objectiveIds: [objectives[moduleIndex]!.id],
        position,
      };
    }),
  );
  const quizCapsules = capsules.filter((capsule) => capsule.kind === 'assessment');
  const quizzes = quizCapsules.map((capsule) => ({
    id: nextId(),
    capsuleId: capsule.id,
    title: `Quiz · ${capsule.title}`,
    passingScore: null,
    shuffle: true,
    drawCount: 10,
    feedbackPassed: 'Bravo !',
    feedbackFailed: 'Revoyez la capsule et réessayez.',
  }));
  const capsuleById = new Map(capsules.map((capsule) => [capsule.id, capsule]));
  const questionPositions = generateNKeysBetween(null, null, Math.ceil(questionCount / quizzes.length));
  const questions: Question[] = [];
  for (let index = 0; index < questionCount; index += 1) {
    const quiz = quizzes[index % quizzes.length]!;
    const capsule = capsuleById.get(quiz.capsuleId)!;
    const base = {
      id: nextId(),
      quizId: quiz.id,
      prompt: `Question ${index + 1} : que faites-vous face à cette situation d'équipe ?`,
      points: 1,
      feedbackCorrect: 'Oui : vous reformulez avant de répondre.',
      feedbackIncorrect: 'Relisez la fiche « écoute active ».',
      objectiveIds: capsule.objectiveIds,
      position: questionPositions[Math.floor(index / quizzes.length)]!,
    };
    questions.push(question(QUESTION_TYPES[index % QUESTION_TYPES.length]!, base, nextId));
  }

  const document: CourseDocument = {
    format: COURSE_DOCUMENT_FORMAT,
    course: {
      id: nextId(),
      title: 'Grand parcours managérial (banc d’essai)',
      client: 'OPTIMAX',
      businessProblem: LOREM,
      audience: 'Managers de proximité',
      audienceLevel: 'débutant',
      learnerCount: 40,
      language: 'fr',
      weeklyBudgetMinutes: 90,
      tutorMinutesPerWeek: 0,
      durationWeeks: MODULE_COUNT,
      startDate: '2026-03-02',
      targetLms: 'Moodle',
      scormVersion: '2004-4th',
      packagingMode: 'course',
      completionRule: 'viewed-and-passed',
      masteryScore: 80,
      competencies: ['Animer une équipe', 'Conduire un entretien'],
      theme: DEFAULT_CLIENT_THEME,
    },
    objectives,
    modules,
    capsules,
    quizzes,
    questions,
    media,
    cohorts: [
      { id: nextId(), name: 'Printemps', startDate: '2026-03-02', learnerCount: 20, timeZone: 'Europe/Paris', holidays: ['2026-04-06'] },
      { id: nextId(), name: 'Automne', startDate: '2026-09-07', learnerCount: 20, timeZone: 'Europe/Paris', holidays: [] },
    ],
    liveSessions: [1, 5, 10, 20].map((week) => ({
      id: nextId(),
      title: `Classe virtuelle semaine ${week}`,
      kind: 'virtual-class' as const,
      week,
      dayOffset: 3,
      startTime: '14:00',
      durationMinutes: 60,
      capacity: null,
      moduleId: modules[(week - 1) * scale]!.id,
      notes: '',
    })),
    weeks: modules.filter((_, index) => index % scale === 0).map((module) => ({ week: module.week, theme: module.title, dueDayOffset: 4, tutorNotes: '', tutorMinutes: null })),
  };
  const projectPath = path.join(options.dir, 'large-course.spoc');
  const project = await importCourseDocument(projectPath, document, mediaDir);
  project.close();
  return { projectPath, mediaDir, document };
}

async function checksumsOf(filePath: string): Promise<{ sha256: string; crc32: number }> {
  const hash = createHash('sha256');
  let checksum = 0;
  for await (const chunk of createReadStream(filePath, { highWaterMark: WRITE_PIECE })) {
    hash.update(chunk as Buffer);
    checksum = crc32(chunk as Buffer, checksum);
  }
  return { sha256: hash.digest('hex'), crc32: checksum };
}
