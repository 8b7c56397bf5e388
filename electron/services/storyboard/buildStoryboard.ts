import { Document, Packer } from 'docx';
import type { CourseDocument } from '../../../shared/model/courseDocument';
import { computePacingBoard } from '../../../shared/pacing/computePacingBoard';
import { commentsSection, type StoryboardComment } from './commentsSection';
import { framingSection } from './framingSection';
import { modulesSection } from './modulesSection';
import { objectivesSection } from './objectivesSection';
import { outlineSection } from './outlineSection';
import { separateTables } from './docxBlocks';
import { createStoryboardContext } from './storyboardContext';
import { STORYBOARD_NUMBERING, pageSetup, storyboardStyles } from './storyboardStyles';
import { weeklyPlanSection } from './weeklyPlanSection';
import { withSafeText } from './withSafeText';

export type { StoryboardComment } from './commentsSection';

export interface StoryboardInput {
  doc: CourseDocument;
  /** Bytes of the course's images by SHA-256; images left out are named instead of shown. */
  images?: ReadonlyMap<string, Uint8Array>;
  /** Open comments of the last review round; undefined when no round took place yet. */
  comments?: readonly StoryboardComment[];
  /** Day the storyboard is issued (YYYY-MM-DD), printed on the cover; none when left out. */
  issuedOn?: string;
}

/**
 * The course as a Word storyboard a client reads and prints, in the course's language: cover and
 * framing, objectives and alignment matrix, outline, each module's capsules with scripts and quizzes
 * (answers marked), the week-by-week plan, and the open review comments. A function of its input only.
 */
export async function buildStoryboard(input: StoryboardInput): Promise<Buffer> {
  const doc = withSafeText(input.doc);
  const comments = withSafeText(input.comments);
  const context = createStoryboardContext(doc, input.images ?? new Map());
  const board = computePacingBoard(doc);
  const { course } = doc;
  const document = new Document({
    title: course.title,
    subject: context.t('documentKind'),
    creator: 'SPOC Studio',
    description: course.client,
    styles: storyboardStyles(course.language),
    numbering: STORYBOARD_NUMBERING,
    features: { updateFields: false },
    sections: [
      {
        ...pageSetup(course.title, context.t('pageOf')),
        children: separateTables([
          ...framingSection(context, board, input.issuedOn ?? null),
          ...objectivesSection(context),
          ...outlineSection(context, board),
          ...modulesSection(context, board),
          ...weeklyPlanSection(context, board),
          ...commentsSection(context, comments),
        ]),
      },
    ],
  });
  return Packer.toBuffer(document);
}
