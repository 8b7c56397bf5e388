import { Paragraph, TextRun } from 'docx';
import { heading, metaLine, type Block } from './docxBlocks';
import type { StoryboardContext } from './storyboardContext';
import { COLOURS } from './storyboardStyles';

/** A client's comment still open after the last review round, where it points and who wrote it. */
export interface StoryboardComment {
  /** Where it was made, as the reader finds it in the storyboard: "Module 2 · L'écoute active", "Question 3"… */
  place: string;
  reviewer: string;
  text: string;
  /** The passage the comment is about, when the reviewer selected one. */
  quote?: string;
}

/**
 * The open comments of the last review round. Absent comments mean no round took place yet; an empty
 * list means every comment was dealt with. Each says so in a sentence.
 */
export function commentsSection(context: StoryboardContext, comments: readonly StoryboardComment[] | undefined): Block[] {
  const blocks: Block[] = [heading(1, context.t('commentsHeading'), { pageBreakBefore: true })];
  if (comments === undefined) return [...blocks, new Paragraph({ text: context.t('noReviewRound') })];
  if (comments.length === 0) return [...blocks, new Paragraph({ text: context.t('noOpenComment') })];
  blocks.push(metaLine([context.t('openComments', { count: comments.length })]));
  for (const [index, comment] of comments.entries()) {
    blocks.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: 200 },
        border: { top: { style: 'single', size: 4, color: COLOURS.rule, space: 6 } },
        children: [new TextRun({ text: `${index + 1}. `, bold: true, color: COLOURS.heading }), new TextRun({ text: comment.place, bold: true, color: COLOURS.heading })],
      }),
    );
    if (comment.quote?.trim()) {
      blocks.push(new Paragraph({ keepNext: true, indent: { left: 340 }, children: [new TextRun({ text: context.t('quoted', { quote: comment.quote.trim() }), italics: true, color: COLOURS.muted })] }));
    }
    const reviewer = comment.reviewer.trim();
    const lines = comment.text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
    lines.forEach((line, lineIndex) => {
      const by = lineIndex === 0 && reviewer ? [new TextRun({ text: context.t('commentBy', { reviewer }), bold: true })] : [];
      blocks.push(new Paragraph({ indent: { left: 340 }, children: [...by, new TextRun(line)] }));
    });
  }
  return blocks;
}
