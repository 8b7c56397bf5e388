import { BLOCK, NARRATION_WORDS_PER_MINUTE } from '../model/blocks';
import { countWords } from '../model/durations';
import type { RichTextNode } from '../model/richText';
import { plainTextOf } from '../model/richText';

function narrationWords(node: RichTextNode): number {
  if (node.type === BLOCK.scriptScreen) return 0;
  if (node.type === BLOCK.scriptNarration) return countWords(plainTextOf(node));
  return (node.content ?? []).reduce((sum, child) => sum + narrationWords(child), 0);
}

/**
 * Seconds of speech a video script's narration column takes at the narration pace (~150 words a minute).
 * Accepts the script block or one of its rows; the "on screen" column is not spoken.
 */
export function scriptSpeakingSeconds(node: RichTextNode): number {
  return Math.round((narrationWords(node) / NARRATION_WORDS_PER_MINUTE) * 60);
}
