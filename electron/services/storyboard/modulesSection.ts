import { Paragraph } from 'docx';
import { outline } from '../../../shared/i18n/outline';
import { byPosition } from '../../../shared/model/byPosition';
import type { Capsule, Module } from '../../../shared/model/course';
import type { BoardCapsule, PacingBoard } from '../../../shared/pacing/computePacingBoard';
import { capsuleContentBlocks } from './capsuleContentBlocks';
import { heading, metaLine, textParagraphs, type Block } from './docxBlocks';
import { boardCapsulesById, moduleMinutes } from './outlineSection';
import { quizBlocks } from './quizBlocks';
import { objectiveCodes, type StoryboardContext } from './storyboardContext';
import { BULLET_LIST } from './storyboardStyles';

function isEmpty(capsule: Capsule): boolean {
  return (capsule.content.content ?? []).every((node) => node.type === 'paragraph' && (node.content ?? []).length === 0);
}

type OnBoard = ReadonlyMap<string, BoardCapsule>;

function capsuleBlocks(capsule: Capsule, number: string, context: StoryboardContext, onBoardById: OnBoard): Block[] {
  const onBoard = onBoardById.get(capsule.id);
  const codes = objectiveCodes(context, capsule.objectiveIds);
  const quiz = context.index.quizOf(capsule.id);
  return [
    heading(2, context.t('capsuleTitle', { number, title: capsule.title })),
    metaLine([
      context.text(outline, `kind.${capsule.kind}`),
      context.duration(onBoard?.minutes ?? 0),
      onBoard ? context.t('capsuleWeek', { week: onBoard.week }) : '',
      codes ? context.t('capsuleObjectives', { codes }) : '',
    ]),
    ...(isEmpty(capsule) && !quiz ? [new Paragraph({ text: context.t('emptyCapsule') })] : capsuleContentBlocks(capsule.content, context, 3)),
    ...(quiz ? quizBlocks(quiz, capsule.title, context, 3) : []),
  ];
}

function moduleBlocks(module: Module, number: number, context: StoryboardContext, onBoardById: OnBoard): Block[] {
  const objectives = context.doc.objectives.filter((objective) => objective.moduleId === module.id).sort(byPosition);
  const capsules = context.index.capsulesOf(module.id);
  return [
    heading(1, context.t('moduleTitle', { number, title: module.title }), { pageBreakBefore: true }),
    metaLine([context.t('moduleMeta', { week: module.week, duration: context.duration(moduleMinutes(module.id, onBoardById)) })]),
    ...textParagraphs(module.summary),
    ...(objectives.length > 0
      ? [
          new Paragraph({ keepNext: true, text: context.t('moduleObjectives'), style: 'StoryboardMeta' }),
          ...objectives.map((objective) => new Paragraph({ text: `${objective.code ? `${objective.code} · ` : ''}${objective.text}`, numbering: { reference: BULLET_LIST, level: 0, instance: 0 } })),
        ]
      : []),
    ...(capsules.length === 0 ? [new Paragraph({ text: context.t('noCapsule') })] : capsules.flatMap((capsule, index) => capsuleBlocks(capsule, `${number}.${index + 1}`, context, onBoardById))),
  ];
}

/** One chapter per module: its summary and objectives, then each capsule's content and quiz. */
export function modulesSection(context: StoryboardContext, board: PacingBoard): Block[] {
  const onBoardById = boardCapsulesById(board);
  return context.index.modules.flatMap((module, index) => moduleBlocks(module, index + 1, context, onBoardById));
}
