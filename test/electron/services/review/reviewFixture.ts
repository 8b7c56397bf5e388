import path from 'node:path';
import { AppError } from '../../../../shared/api/appError';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../../shared/api/contract';
import { callApi } from '../../../../electron/services/callApi';
import type { CourseDocument } from '../../../../shared/model/courseDocument';
import type { ReviewAnchor, ReviewRound } from '../../../../shared/model/review';
import { byPosition } from '../../../../shared/model/byPosition';
import { capsuleBlocks } from '../../../../shared/review/capsuleBlocks';
import { createTestServices } from '../serviceHarness';

const resourcesDir = path.resolve(__dirname, '../../../../resources');

/** Services with a fresh copy of the bundled OPTIMANAGER sample open. */
export async function openReviewFixture() {
  const harness = createTestServices({ resourcesDir });
  const call = async <M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> => {
    const result = await callApi(harness.api, method, input);
    if (!result.ok) throw new AppError(result.error.code, result.error.message);
    return result.value as ApiOutput<M>;
  };
  await call('openSampleProject', {});
  return { harness, call, doc: () => call('getCourseDocument', {}) };
}

/** The sample's first capsule with a video script, its script row, and a choice question with its capsule. */
export function sampleTargets(doc: CourseDocument) {
  const capsules = [...doc.capsules].sort(byPosition);
  const scripted = capsules.find((capsule) => capsuleBlocks(capsule.content).some((block) => block.type === 'videoScriptRow'));
  if (!scripted) throw new Error('The sample has no video script.');
  const row = capsuleBlocks(scripted.content).find((block) => block.type === 'videoScriptRow');
  const paragraph = capsuleBlocks(scripted.content).find((block) => block.type === 'paragraph' && block.text.length > 20);
  const question = doc.questions.find((candidate) => candidate.type === 'single-choice' || candidate.type === 'multiple-choice');
  const quiz = doc.quizzes.find((candidate) => candidate.id === question?.quizId);
  if (!row || !paragraph || !question || !quiz || !('options' in question)) throw new Error('The sample lacks a script row, a paragraph or a choice question.');
  return { capsule: scripted, row, paragraph, question, option: question.options[0]!, quizCapsuleId: quiz.capsuleId };
}

let counter = 0;
/** A fresh comment id (UUID v4 shape, as the pack makes). */
export function commentId(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

/** A review file as the pack's "Send my review" writes it. */
export function reviewFileOf(doc: CourseDocument, round: Pick<ReviewRound, 'id' | 'number'>, reviewer: string, comments: { anchor: ReviewAnchor; text: string; id?: string }[], signoffs: { moduleId: string; decision: 'approved' | 'changes-requested' }[] = []) {
  return {
    format: 'spoc-review',
    version: 1,
    courseId: doc.course.id,
    courseTitle: doc.course.title,
    roundId: round.id,
    roundNumber: round.number,
    reviewer,
    sentAt: '2026-12-05T10:00:00.000Z',
    comments: comments.map((comment) => ({ id: comment.id ?? commentId(), anchor: comment.anchor, text: comment.text, createdAt: '2026-12-05T09:00:00.000Z' })),
    signoffs: signoffs.map((signoff) => ({ ...signoff, decidedAt: '2026-12-05T09:30:00.000Z' })),
  };
}
