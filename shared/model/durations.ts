import { BLOCK, MINUTES_PER_QUESTION, NARRATION_WORDS_PER_MINUTE, READING_WORDS_PER_MINUTE } from './blocks';
import type { Capsule } from './course';
import { memoizeFrozen } from './memoizeFrozen';
import type { RichTextDoc, RichTextNode } from './richText';

export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return matches ? matches.length : 0;
}

interface ContentTally {
  readingWords: number;
  narrationWords: number;
  mediaSeconds: number;
}

function tally(node: RichTextNode, acc: ContentTally, inNarration: boolean): void {
  if (node.type === BLOCK.video || node.type === BLOCK.audio) {
    const seconds = node.attrs?.durationSeconds;
    if (typeof seconds === 'number' && Number.isFinite(seconds)) acc.mediaSeconds += seconds;
    return;
  }
  // A scripted video is watched, not read: its narration is timed at speaking pace, its screen column not at all.
  if (node.type === BLOCK.scriptScreen) return;
  const narration = inNarration || node.type === BLOCK.scriptNarration;
  if (typeof node.text === 'string') {
    const words = countWords(node.text);
    if (narration) acc.narrationWords += words;
    else acc.readingWords += words;
  }
  for (const child of node.content ?? []) tally(child, acc, narration);
}

/** Words and media time of a capsule's content (counting words is most of an estimate's cost). */
const contentTally = memoizeFrozen((content: RichTextDoc): ContentTally => {
  const acc: ContentTally = { readingWords: 0, narrationWords: 0, mediaSeconds: 0 };
  for (const child of content.content ?? []) tally(child, acc, false);
  return acc;
});

/** Minutes a learner needs for a capsule: reading, media, scripted narration and questions. */
export function estimateCapsuleMinutes(capsule: Pick<Capsule, 'content'>, questionCount = 0): number {
  const acc = contentTally(capsule.content);
  const minutes =
    acc.readingWords / READING_WORDS_PER_MINUTE +
    acc.narrationWords / NARRATION_WORDS_PER_MINUTE +
    acc.mediaSeconds / 60 +
    questionCount * MINUTES_PER_QUESTION;
  return Math.round(minutes * 10) / 10;
}

/** The designer's override when set, else the estimate. */
export function capsuleMinutes(capsule: Pick<Capsule, 'content' | 'minutesOverride'>, questionCount = 0): number {
  return capsule.minutesOverride ?? estimateCapsuleMinutes(capsule, questionCount);
}
