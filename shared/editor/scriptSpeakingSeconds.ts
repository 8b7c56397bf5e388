import { BLOCK, NARRATION_WORDS_PER_MINUTE } from '../model/blocks';
import { countWords } from '../model/durations';
import type { RichTextNode } from '../model/richText';

function narrationWords(node: RichTextNode, inNarration: boolean): number {
  const narration = inNarration || node.type === BLOCK.scriptNarration;
  if (node.type === BLOCK.scriptScreen) return 0;
  const own = narration && typeof node.text === 'string' ? countWords(node.text) : 0;
  return (node.content ?? []).reduce((sum, child) => sum + narrationWords(child, narration), own);
}

/** Seconds the narration column of a video script takes to say at speaking pace (the screen column is not spoken). */
export function scriptSpeakingSeconds(script: RichTextNode): number {
  return Math.round((narrationWords(script, false) / NARRATION_WORDS_PER_MINUTE) * 60);
}
