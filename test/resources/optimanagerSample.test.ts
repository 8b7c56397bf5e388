import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../shared/checks/runChecks';
import { BLOCK } from '../../shared/model/blocks';
import { QUESTION_TYPES, type Question } from '../../shared/model/course';
import type { CourseDocument } from '../../shared/model/courseDocument';
import { capsuleMinutes, countWords } from '../../shared/model/durations';
import type { RichTextNode } from '../../shared/model/richText';
import { loadSampleCourse } from '../support/sampleCourse';

const SAMPLE_DIR = fileURLToPath(new URL('../../resources/samples/optimanager/', import.meta.url));
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function loadSample(): CourseDocument {
  return loadSampleCourse();
}

const sample = loadSample();

function questionCount(doc: CourseDocument, capsuleId: string): number {
  const quizIds = new Set(doc.quizzes.filter((quiz) => quiz.capsuleId === capsuleId).map((quiz) => quiz.id));
  return doc.questions.filter((question) => quizIds.has(question.quizId)).length;
}

function moduleMinutes(doc: CourseDocument, moduleId: string): number {
  const minutes = doc.capsules
    .filter((capsule) => capsule.moduleId === moduleId)
    .reduce((sum, capsule) => sum + capsuleMinutes(capsule, questionCount(doc, capsule.id)), 0);
  return Math.round(minutes * 10) / 10;
}

function nodesOf(node: RichTextNode): RichTextNode[] {
  return [node, ...(node.content ?? []).flatMap(nodesOf)];
}

function narrationMinutes(script: RichTextNode): number {
  const words = nodesOf(script)
    .filter((node) => node.type === BLOCK.scriptNarration)
    .flatMap(nodesOf)
    .reduce((sum, node) => sum + (typeof node.text === 'string' ? countWords(node.text) : 0), 0);
  return words / 150;
}

/** Ids a document points at that it does not define, as "where → id". */
function danglingReferences(doc: CourseDocument): string[] {
  const objectives = new Set(doc.objectives.map((objective) => objective.id));
  const modules = new Set(doc.modules.map((module) => module.id));
  const capsules = new Set(doc.capsules.map((capsule) => capsule.id));
  const quizzes = new Set(doc.quizzes.map((quiz) => quiz.id));
  const media = new Set(doc.media.map((asset) => asset.id));
  const missing: string[] = [];
  const expectIn = (ids: Set<string>, id: string | null, where: string) => {
    if (id !== null && !ids.has(id)) missing.push(`${where} → ${id}`);
  };
  for (const objective of doc.objectives) expectIn(modules, objective.moduleId, `objective ${objective.code}`);
  for (const capsule of doc.capsules) {
    expectIn(modules, capsule.moduleId, `capsule ${capsule.title}`);
    for (const id of capsule.objectiveIds) expectIn(objectives, id, `capsule ${capsule.title}`);
    for (const node of nodesOf(capsule.content)) {
      for (const attr of ['mediaId', 'captionsMediaId']) {
        const value = node.attrs?.[attr];
        if (value !== undefined) expectIn(media, typeof value === 'string' ? value : String(value), `${node.type} in ${capsule.title}`);
      }
    }
  }
  for (const quiz of doc.quizzes) expectIn(capsules, quiz.capsuleId, `quiz ${quiz.title}`);
  for (const question of doc.questions) {
    expectIn(quizzes, question.quizId, `question ${question.prompt}`);
    for (const id of question.objectiveIds) expectIn(objectives, id, `question ${question.prompt}`);
  }
  for (const session of doc.liveSessions) expectIn(modules, session.moduleId, `live session ${session.title}`);
  return missing;
}

/** Media files whose bytes do not match what the document records, as "fileName: reason". */
function mediaMismatches(doc: CourseDocument, mediaDir: string): string[] {
  const problems: string[] = [];
  for (const asset of doc.media) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(mediaDir, asset.fileName));
    } catch {
      problems.push(`${asset.fileName}: missing`);
      continue;
    }
    if (bytes.length !== asset.size) problems.push(`${asset.fileName}: size ${bytes.length} ≠ ${asset.size}`);
    if (createHash('sha256').update(bytes).digest('hex') !== asset.sha256) problems.push(`${asset.fileName}: sha-256 differs`);
    if (crc32(bytes) !== asset.crc32) problems.push(`${asset.fileName}: CRC-32 differs`);
  }
  return problems;
}

function hasFeedback(question: Question): boolean {
  const options = question.type === 'single-choice' || question.type === 'multiple-choice' ? question.options : [];
  return (
    question.feedbackCorrect.trim() !== '' &&
    question.feedbackIncorrect.trim() !== '' &&
    options.every((option) => option.feedback.trim() !== '')
  );
}

describe('the bundled OPTIMANAGER sample', () => {
  it('frames the OPTIMAX case: 15 team leaders, 4 weeks from 11 January 2027, SCORM 1.2 on the internal LMS, in French', () => {
    const { course, cohorts } = sample;
    expect(course).toMatchObject({
      client: 'OPTIMAX',
      learnerCount: 15,
      durationWeeks: 4,
      startDate: '2027-01-11',
      targetLms: 'LMS interne SCORM',
      scormVersion: '1.2',
      packagingMode: 'course',
      language: 'fr',
    });
    expect(course.businessProblem.length).toBeGreaterThan(200);
    expect(course.audience).toContain('15 chefs d');
    expect(course.competencies.length).toBeGreaterThanOrEqual(4);
    expect(cohorts).toEqual([
      expect.objectContaining({ name: 'Cohorte janvier 2027', startDate: '2027-01-11', learnerCount: 15, timeZone: 'Europe/Paris' }),
    ]);
    expect(sample.weeks.map((week) => week.week)).toEqual([1, 2, 3, 4]);
    for (const week of sample.weeks) expect(week.theme && week.tutorNotes, `week ${week.week}`).toBeTruthy();
  });

  it('has one module a week, each 30 to 45 minutes by the shared duration estimate', () => {
    expect(sample.modules.map((module) => module.week).sort()).toEqual([1, 2, 3, 4]);
    for (const module of sample.modules) {
      const minutes = moduleMinutes(sample, module.id);
      expect(minutes, module.title).toBeGreaterThanOrEqual(30);
      expect(minutes, module.title).toBeLessThanOrEqual(45);
    }
  });

  it('keeps capsules between 5 and 10 minutes (activities and live sessions aside) and video scripts under 7 minutes of narration', () => {
    let scripts = 0;
    for (const capsule of sample.capsules) {
      if (capsule.kind !== 'activity' && capsule.kind !== 'live-session') {
        const minutes = capsuleMinutes(capsule, questionCount(sample, capsule.id));
        expect(minutes, capsule.title).toBeGreaterThanOrEqual(5);
        expect(minutes, capsule.title).toBeLessThanOrEqual(10);
        expect(capsule.minutesOverride, capsule.title).toBeNull();
      }
      for (const node of nodesOf(capsule.content).filter((node) => node.type === BLOCK.videoScript)) {
        scripts += 1;
        expect(narrationMinutes(node), capsule.title).toBeLessThanOrEqual(7);
      }
    }
    expect(scripts).toBeGreaterThanOrEqual(2);
  });

  it('gives every module a quiz with pass and fail feedback, and every question and option its feedback', () => {
    for (const module of sample.modules) {
      const capsuleIds = new Set(sample.capsules.filter((capsule) => capsule.moduleId === module.id).map((capsule) => capsule.id));
      const quizzes = sample.quizzes.filter((quiz) => capsuleIds.has(quiz.capsuleId));
      expect(quizzes.length, module.title).toBeGreaterThan(0);
      for (const quiz of quizzes) {
        expect(quiz.feedbackPassed.trim(), quiz.title).not.toBe('');
        expect(quiz.feedbackFailed.trim(), quiz.title).not.toBe('');
        expect(sample.questions.filter((question) => question.quizId === quiz.id).length, quiz.title).toBeGreaterThanOrEqual(5);
      }
    }
    for (const question of sample.questions) expect(hasFeedback(question), question.prompt).toBe(true);
  });

  it('uses every question type', () => {
    expect(new Set(sample.questions.map((question) => question.type))).toEqual(new Set(QUESTION_TYPES));
  });

  it('assesses every objective, course-level and per module, with at least one question', () => {
    const assessed = new Set(sample.questions.flatMap((question) => question.objectiveIds));
    const unassessed = sample.objectives.filter((objective) => !assessed.has(objective.id)).map((objective) => objective.code);
    expect(unassessed).toEqual([]);
    expect(sample.objectives.filter((objective) => objective.moduleId === null).map((objective) => objective.code)).toEqual([
      'O1',
      'O2',
      'O3',
      'O4',
    ]);
    for (const module of sample.modules) {
      expect(sample.objectives.some((objective) => objective.moduleId === module.id), module.title).toBe(true);
    }
  });

  it('points only at objectives, modules, capsules, quizzes and media it defines', () => {
    expect(danglingReferences(sample)).toEqual([]);
  });

  it('notices a planted dangling reference, so the check above can fail', () => {
    const broken = structuredClone(sample);
    broken.questions[0]!.objectiveIds.push('0190a6a0-0000-7000-8000-000000000000');
    broken.liveSessions[0]!.moduleId = '0190a6a0-0000-7000-8000-000000000001';
    expect(danglingReferences(broken)).toHaveLength(2);
  });

  it('uses unique UUID v7 ids and distinct positions among siblings', () => {
    const ids = [
      sample.course.id,
      ...[sample.objectives, sample.modules, sample.capsules, sample.quizzes, sample.questions, sample.media].flat().map((item) => item.id),
      ...sample.cohorts.map((cohort) => cohort.id),
      ...sample.liveSessions.map((session) => session.id),
      ...sample.questions.flatMap((question) => {
        if (question.type === 'single-choice' || question.type === 'multiple-choice') return question.options.map((option) => option.id);
        if (question.type === 'matching') return question.pairs.map((pair) => pair.id);
        if (question.type === 'ordering') return question.items.map((item) => item.id);
        return [];
      }),
    ];
    for (const id of ids) expect(id).toMatch(UUID_V7);
    expect(new Set(ids).size).toBe(ids.length);
    const siblings = new Map<string, string[]>();
    const place = (group: string, position: string) => siblings.set(group, [...(siblings.get(group) ?? []), position]);
    for (const objective of sample.objectives) place(`objectives of ${objective.moduleId ?? 'course'}`, objective.position);
    for (const module of sample.modules) place('modules', module.position);
    for (const capsule of sample.capsules) place(`capsules of ${capsule.moduleId}`, capsule.position);
    for (const question of sample.questions) place(`questions of ${question.quizId}`, question.position);
    for (const [group, positions] of siblings) expect(new Set(positions).size, group).toBe(positions.length);
  });

  it('ships its media files with the size, SHA-256 and CRC-32 the document records, and describes every image', () => {
    expect(sample.media.length).toBeGreaterThan(0);
    expect(mediaMismatches(sample, path.join(SAMPLE_DIR, 'media'))).toEqual([]);
    const images = sample.capsules.flatMap((capsule) => nodesOf(capsule.content)).filter((node) => node.type === BLOCK.image);
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) {
      expect(String(image.attrs?.alt).length).toBeGreaterThan(30);
      expect(String(image.attrs?.caption)).not.toBe('');
    }
    expect(sample.media.filter((asset) => asset.kind === 'image').every((asset) => asset.mimeType === 'image/svg+xml')).toBe(true);
  });

  it('notices a media file whose bytes differ from the record', () => {
    const tampered = structuredClone(sample);
    tampered.media[0]!.size += 1;
    tampered.media[0]!.sha256 = '0'.repeat(64);
    expect(mediaMismatches(tampered, path.join(SAMPLE_DIR, 'media'))).toEqual([
      expect.stringContaining('size'),
      expect.stringContaining('sha-256'),
    ]);
  });

  it('schedules the whole-cohort virtual class in week 3 and a 30-minute individual coaching in week 4', () => {
    const moduleOfWeek = (week: number) => sample.modules.find((module) => module.week === week)?.id;
    expect(sample.liveSessions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'virtual-class', week: 3, durationMinutes: 60, capacity: null, moduleId: moduleOfWeek(3) }),
        expect.objectContaining({ kind: 'coaching', week: 4, durationMinutes: 30, capacity: 1, moduleId: moduleOfWeek(4) }),
      ]),
    );
    const rolePlay = sample.capsules.find((capsule) => capsule.kind === 'live-session');
    const instructions = nodesOf(rolePlay!.content).find((node) => node.type === BLOCK.activityInstructions);
    expect(instructions?.attrs?.mode).toBe('synchronous');
  });

  it('passes every pedagogical check of the app: it is the showcase', () => {
    expect(runChecks(sample)).toEqual([]);
  });
});
