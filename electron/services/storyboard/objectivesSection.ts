import { Paragraph, TextRun } from 'docx';
import { alignmentMatrix } from '../../../shared/authoring/alignmentMatrix';
import { objectives as objectiveMessages } from '../../../shared/i18n/objectives';
import { outline } from '../../../shared/i18n/outline';
import type { Objective } from '../../../shared/model/course';
import { byPosition } from '../../../shared/model/byPosition';
import { heading, headedTable, metaLine, type Block, type Cell } from './docxBlocks';
import type { StoryboardContext } from './storyboardContext';
import { COLOURS } from './storyboardStyles';

function objectiveTable(objectives: readonly Objective[], context: StoryboardContext): Block {
  const level = (objective: Objective) => (objective.bloomLevel ? context.text(objectiveMessages, `level.${objective.bloomLevel}`) : context.text(objectiveMessages, 'levelNone'));
  return headedTable(
    [context.t('objectiveCode'), context.text(objectiveMessages, 'matrixObjective'), context.text(objectiveMessages, 'level')],
    objectives.map((objective) => [objective.code, objective.text, level(objective)]),
    [12, 63, 25],
  );
}

function matrixBlocks(context: StoryboardContext): Block[] {
  const rows = alignmentMatrix(context.doc);
  const modules = context.index.modules;
  if (rows.length === 0) return [];
  const aligned = rows.filter((row) => row.status === 'aligned').length;
  const moduleShare = Math.floor(58 / Math.max(1, modules.length));
  const cellOf = (capsules: number, questions: number): Cell => {
    const lines = [capsules > 0 ? context.t('cellTaught', { count: capsules }) : '', questions > 0 ? context.t('cellAssessed', { count: questions }) : ''].filter(Boolean);
    return { children: (lines.length > 0 ? lines : ['—']).map((line) => new Paragraph({ style: 'StoryboardTable', children: [new TextRun({ text: line, size: 17 })] })) };
  };
  return [
    heading(2, context.text(objectiveMessages, 'matrix')),
    new Paragraph({ text: context.text(objectiveMessages, 'matrixIntro') }),
    metaLine([context.t('matrixSummary', { count: aligned, total: rows.length })]),
    headedTable(
      [
        context.text(objectiveMessages, 'matrixObjective'),
        ...modules.map((module, index) => ({
          children: [
            new Paragraph({ style: 'StoryboardTable', children: [new TextRun({ text: context.text(outline, 'module.label', { number: index + 1 }), bold: true })] }),
            new Paragraph({ style: 'StoryboardTable', children: [new TextRun({ text: module.title, size: 15, color: COLOURS.muted })] }),
          ],
        })),
        context.t('matrixStatus'),
      ],
      rows.map((row) => [
        { children: [new Paragraph({ style: 'StoryboardTable', children: [new TextRun({ text: `${row.objective.code} `, bold: true }), new TextRun(row.objective.text)] })] },
        ...row.cells.map((cell) => cellOf(cell.capsuleIds.length, cell.questionIds.length)),
        {
          children: [
            new Paragraph({
              style: 'StoryboardTable',
              children: [new TextRun({ text: context.text(objectiveMessages, `status.${row.status}`), bold: row.status !== 'aligned', size: 18 })],
            }),
          ],
        },
      ]),
      [100 - moduleShare * modules.length - 12, ...modules.map(() => moduleShare), 12],
    ),
  ];
}

/** Objectives with their Bloom level, course-wide then module by module, and the alignment matrix. */
export function objectivesSection(context: StoryboardContext): Block[] {
  const objectives = [...context.doc.objectives].sort(byPosition);
  const courseObjectives = objectives.filter((objective) => objective.moduleId === null);
  const blocks: Block[] = [heading(1, context.text(objectiveMessages, 'heading'), { pageBreakBefore: true })];
  if (objectives.length === 0) return [...blocks, new Paragraph({ text: context.text(objectiveMessages, 'none') })];
  if (courseObjectives.length > 0) blocks.push(heading(2, context.text(objectiveMessages, 'courseObjectives')), objectiveTable(courseObjectives, context));
  context.index.modules.forEach((module, index) => {
    const own = objectives.filter((objective) => objective.moduleId === module.id);
    if (own.length > 0) blocks.push(heading(2, context.text(objectiveMessages, 'moduleObjectives', { number: index + 1, title: module.title })), objectiveTable(own, context));
  });
  return [...blocks, ...matrixBlocks(context)];
}
