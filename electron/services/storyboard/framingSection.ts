import { Paragraph, TextRun } from 'docx';
import { exportMessages } from '../../../shared/i18n/exportMessages';
import { framing } from '../../../shared/i18n/framing';
import type { PacingBoard } from '../../../shared/pacing/computePacingBoard';
import { formatCalendarDate } from '../../../shared/i18n/formatDate';
import { heading, headedTable, textParagraphs, type Block, type Cell } from './docxBlocks';
import type { StoryboardContext } from './storyboardContext';
import { BULLET_LIST, COLOURS } from './storyboardStyles';

/** The cover and the framing sheet: who the course is for, why, its constraints and how it is delivered. */
export function framingSection(context: StoryboardContext, board: PacingBoard, generatedOn: string | null): Block[] {
  const { course } = context.doc;
  const { t } = context;
  const orNotSet = (value: string): string => (value.trim() ? value.trim() : t('notSet'));
  const weeks = t('weeks', { count: course.durationWeeks });
  const row = (label: string, value: string): Cell[] => [
    { shade: COLOURS.moduleRow, children: [new Paragraph({ style: 'StoryboardTable', children: [new TextRun({ text: label, bold: true })] })] },
    { children: textParagraphs(orNotSet(value), 'StoryboardTable') },
  ];
  const budget = course.weeklyBudgetMinutes > 0 ? context.duration(course.weeklyBudgetMinutes) : t('notSet');

  const cover: Block[] = [
    new Paragraph({ heading: 'Title', text: course.title }),
    new Paragraph({ style: 'Subtitle', text: t('documentKind') }),
    ...(course.client.trim() ? [new Paragraph({ children: [new TextRun({ text: t('clientLine', { client: course.client.trim() }), size: 26 })] })] : []),
    ...(generatedOn ? [new Paragraph({ style: 'StoryboardMeta', text: t('versionOf', { date: formatCalendarDate(generatedOn, context.language) }) })] : []),
  ];

  const rows: Cell[][] = [
    row(t('client'), course.client),
    row(t('audience'), course.audience),
    row(t('audienceLevel'), course.audienceLevel),
    row(t('learnerCount'), course.learnerCount > 0 ? String(course.learnerCount) : ''),
    row(t('businessProblem'), course.businessProblem),
    row(t('duration'), course.startDate ? t('durationFrom', { weeks, date: formatCalendarDate(course.startDate, context.language) }) : weeks),
    row(t('weeklyBudget'), budget),
    row(t('plannedWorkload'), t('workloadAgainstBudget', { minutes: context.duration(board.totalMinutes), budget: context.duration(board.totalBudgetMinutes) })),
    row(t('targetLms'), course.targetLms),
    row(t('scormVersion'), context.text(framing, `scorm.${course.scormVersion}`)),
    row(t('packaging'), context.text(exportMessages, `mode.${course.packagingMode}`)),
    row(t('completionRule'), t(`completion.${course.completionRule}`)),
    row(t('masteryScore'), t('percent', { value: course.masteryScore })),
  ];

  const competencies = course.competencies.map((line) => line.trim()).filter(Boolean);
  return [
    ...cover,
    heading(1, t('framingHeading')),
    headedTable(null, rows, [30, 70]),
    heading(2, t('competencies')),
    ...(competencies.length > 0
      ? competencies.map((line) => new Paragraph({ text: line, numbering: { reference: BULLET_LIST, level: 0, instance: 0 } }))
      : [new Paragraph({ text: t('noCompetency') })]),
  ];
}
