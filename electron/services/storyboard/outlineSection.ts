import { Paragraph, TextRun } from 'docx';
import { outline } from '../../../shared/i18n/outline';
import type { BoardCapsule, PacingBoard } from '../../../shared/pacing/computePacingBoard';
import { heading, headedTable, metaLine, type Block, type Cell } from './docxBlocks';
import type { StoryboardContext } from './storyboardContext';
import { COLOURS } from './storyboardStyles';

/** Each capsule's week and minutes as the pacing board computes them (override or estimate, quizzes included). */
export function boardCapsulesById(board: PacingBoard): Map<string, BoardCapsule> {
  return new Map(board.weeks.flatMap((week) => week.capsules.map((capsule) => [capsule.id, capsule] as const)));
}

/** Minutes of a module: the sum of its capsules' minutes on the board, rounded as the outline rounds them. */
export function moduleMinutes(moduleId: string, capsules: ReadonlyMap<string, BoardCapsule>): number {
  let minutes = 0;
  for (const capsule of capsules.values()) if (capsule.moduleId === moduleId) minutes += capsule.minutes;
  return Math.round(minutes * 10) / 10;
}

/** The outline as a table: modules (shaded) and their capsules, with week, type and duration. */
export function outlineSection(context: StoryboardContext, board: PacingBoard): Block[] {
  const capsules = boardCapsulesById(board);
  const { modules } = context.index;
  const capsuleCount = context.doc.capsules.length;
  const shaded = (text: string, bold = true): Cell => ({
    shade: COLOURS.moduleRow,
    children: [new Paragraph({ style: 'StoryboardTable', children: [new TextRun({ text, bold })] })],
  });
  const rows: Cell[][] = [];
  modules.forEach((module, index) => {
    rows.push([shaded(String(module.week)), shaded(context.t('moduleTitle', { number: index + 1, title: module.title })), shaded(''), shaded(context.duration(moduleMinutes(module.id, capsules)))]);
    for (const capsule of context.index.capsulesOf(module.id)) {
      const onBoard = capsules.get(capsule.id);
      rows.push([
        String(onBoard?.week ?? module.week),
        { children: [new Paragraph({ style: 'StoryboardTable', indent: { left: 240 }, text: capsule.title })] },
        context.text(outline, `kind.${capsule.kind}`),
        context.duration(onBoard?.minutes ?? 0),
      ]);
    }
  });
  rows.push([shaded(''), shaded(context.t('total')), shaded(''), shaded(context.duration(board.weeks.reduce((sum, week) => sum + week.capsuleMinutes, 0)))]);
  return [
    heading(1, context.t('outlineHeading'), { pageBreakBefore: true }),
    metaLine([
      context.t('modules', { count: modules.length }),
      context.t('capsules', { count: capsuleCount }),
      context.t('weeks', { count: board.weeks.length }),
    ]),
    headedTable([context.t('columnWeek'), context.t('columnItem'), context.t('columnKind'), context.t('columnDuration')], rows, [14, 56, 15, 15]),
  ];
}
