import { Paragraph, TextRun } from 'docx';
import { outline } from '../../../shared/i18n/outline';
import { pacing } from '../../../shared/i18n/pacing';
import type { BoardWeek, PacingBoard, WorkloadLevel } from '../../../shared/pacing/computePacingBoard';
import { LIVE_SESSION_KIND_KEY } from '../../../shared/pacing/liveSessionKindKey';
import type { LiveSession } from '../../../shared/model/course';
import { box, heading, labelled, metaLine, textParagraphs, type Block } from './docxBlocks';
import type { StoryboardContext } from './storyboardContext';
import { BULLET_LIST, COLOURS } from './storyboardStyles';

const LEVEL_KEY = { within: 'levelWithin', over: 'levelOver', 'far-over': 'levelFarOver' } as const satisfies Record<Exclude<WorkloadLevel, 'none'>, string>;

function sessionBlocks(session: LiveSession, context: StoryboardContext): Block[] {
  const summary = context.text(pacing, 'sessionSummary', {
    kind: context.text(pacing, LIVE_SESSION_KIND_KEY[session.kind]),
    day: session.dayOffset + 1,
    time: session.startTime,
    duration: context.duration(session.durationMinutes),
  });
  const capacity = session.capacity === null ? context.text(pacing, 'sessionCapacityWholeCohort') : context.text(pacing, 'sessionSlots', { capacity: session.capacity });
  return [
    new Paragraph({ keepNext: true, children: [new TextRun({ text: session.title, bold: true })] }),
    metaLine([summary, capacity]),
    ...textParagraphs(session.notes, 'StoryboardTable'),
  ];
}

function weekBlocks(week: BoardWeek, context: StoryboardContext): Block[] {
  const theme = week.plan.theme.trim();
  const title = context.text(pacing, 'weekHeading', { week: week.week }) + (theme ? ` · ${theme}` : '');
  const workload =
    week.level === 'none'
      ? context.t('workloadNoBudget', { minutes: context.duration(week.minutes) })
      : context.t('workload', { minutes: context.duration(week.minutes), budget: context.duration(week.budgetMinutes), level: context.text(pacing, LEVEL_KEY[week.level]) });
  const moduleNumber = new Map(context.index.modules.map((module, index) => [module.id, index + 1]));
  const blocks: Block[] = [heading(2, title), new Paragraph({ children: [new TextRun({ text: workload, bold: week.level === 'over' || week.level === 'far-over' })] })];
  if (week.modules.length > 0) {
    blocks.push(metaLine([context.t('modulesOpening', { titles: week.modules.map((module) => context.t('moduleTitle', { number: moduleNumber.get(module.id) ?? 0, title: module.title })).join(' · ') })]));
  }
  if (week.capsules.length === 0 && week.liveSessions.length === 0) return [...blocks, new Paragraph({ text: context.text(pacing, 'emptyWeek') })];
  if (week.capsules.length > 0) {
    blocks.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: context.t('weekCapsules'), bold: true })] }));
    for (const capsule of week.capsules) {
      blocks.push(
        new Paragraph({
          numbering: { reference: BULLET_LIST, level: 0, instance: 0 },
          children: [new TextRun(capsule.title), new TextRun({ text: ` · ${context.text(outline, `kind.${capsule.kind}`)}, ${context.duration(capsule.minutes)}`, color: COLOURS.muted })],
        }),
      );
    }
  }
  if (week.liveSessions.length > 0) blocks.push(box(context.text(pacing, 'liveSessions'), week.liveSessions.flatMap((session) => sessionBlocks(session, context)), COLOURS.heading));
  blocks.push(new Paragraph({ text: context.t('dueDay', { day: week.plan.dueDayOffset + 1 }) }));
  if (week.plan.tutorNotes.trim()) blocks.push(labelled(context.t('tutorNotes'), week.plan.tutorNotes.trim()));
  return blocks;
}

/** Week by week: themes, workload against the budget, capsules, live sessions, due day and tutors' notes. */
export function weeklyPlanSection(context: StoryboardContext, board: PacingBoard): Block[] {
  return [
    heading(1, context.text(pacing, 'boardTitle'), { pageBreakBefore: true }),
    metaLine([
      context.t('courseTotal', { minutes: context.duration(board.totalMinutes), budget: context.duration(board.totalBudgetMinutes), count: board.weeks.length }),
    ]),
    ...board.weeks.flatMap((week) => weekBlocks(week, context)),
  ];
}
