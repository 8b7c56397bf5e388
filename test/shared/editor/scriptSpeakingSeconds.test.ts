import { describe, expect, it } from 'vitest';
import { newBlockContent } from '../../../shared/editor/newBlockContent';
import { scriptSpeakingSeconds } from '../../../shared/editor/scriptSpeakingSeconds';
import { BLOCK } from '../../../shared/model/blocks';
import type { RichTextNode } from '../../../shared/model/richText';

const words = (count: number) => Array.from({ length: count }, (_, index) => `mot${index}`).join(' ');
const cell = (type: string, text: string): RichTextNode => ({ type, content: [{ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }] });
const row = (narration: string, screen: string): RichTextNode => ({
  type: BLOCK.videoScriptRow,
  content: [cell(BLOCK.scriptNarration, narration), cell(BLOCK.scriptScreen, screen)],
});

describe('speaking time of a video script', () => {
  it('times the narration of every row at 150 words a minute', () => {
    const script: RichTextNode = { type: BLOCK.videoScript, content: [row(words(100), ''), row(words(50), '')] };
    expect(scriptSpeakingSeconds(script)).toBe(60);
  });

  it('does not count what is only on screen', () => {
    const script: RichTextNode = { type: BLOCK.videoScript, content: [row(words(15), words(300))] };
    expect(scriptSpeakingSeconds(script)).toBe(6);
  });

  it('is zero for a fresh script', () => {
    expect(scriptSpeakingSeconds(newBlockContent(BLOCK.videoScript))).toBe(0);
  });
});
