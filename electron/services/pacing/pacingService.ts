import type { Database } from 'better-sqlite3';
import { appError } from '../../../shared/api/appError';
import type { ExportedFile } from '../../../shared/api/pacingCalls';
import type { CheckSettings } from '../../../shared/checks/checkSettings';
import type { Finding } from '../../../shared/checks/finding';
import { runChecks } from '../../../shared/checks/runChecks';
import { exportSettingsOf } from '../../../shared/export/exportSettings';
import type { ExportOptions } from '../../../shared/export/exportOptions';
import { pacing } from '../../../shared/i18n/pacing';
import { CohortSchema, LiveSessionSchema, WeekPlanSchema, type Cohort, type Course, type LiveSession } from '../../../shared/model/course';
import type { CourseDocument } from '../../../shared/model/courseDocument';
import { newId } from '../../../shared/model/ids';
import { addDays } from '../../../shared/pacing/addDays';
import { buildCohortCalendar } from '../../../shared/pacing/buildCohortCalendar';
import { buildCohortProgramme } from '../../../shared/pacing/buildCohortProgramme';
import { defaultWeekPlan } from '../../../shared/pacing/computePacingBoard';
import { formatMessage } from '../../../shared/i18n/formatMessage';
import { isValidTimeZone } from '../../../shared/pacing/zonedTimeToUtc';
import { type ItemKind, notFound } from '../notFound';
import { validated } from '../outline/outlineService';
import { courseRows } from '../project/courseRows';
import { preparedStatement } from '../project/preparedStatement';
import type { Row } from '../project/rowCodec';
import type { ServiceDomain } from '../serviceContext';
import { rememberedExportSettings } from '../export/rememberedExportSettings';
import { checkSettingsSetting } from './checkSettingsSetting';
import { exportFileName } from './exportFileName';
import { writeFileAtomically } from './writeFileAtomically';
import { writeCourse } from '../project/writeCourse';

type PacingMethods =
  | 'updateWeekPlan'
  | 'moveCapsuleToWeek'
  | 'addLiveSession'
  | 'updateLiveSession'
  | 'deleteLiveSession'
  | 'addCohort'
  | 'updateCohort'
  | 'deleteCohort'
  | 'exportCohortCalendar'
  | 'exportCohortProgramme'
  | 'getCheckReport'
  | 'getCheckCount'
  | 'getCheckSettings'
  | 'updateCheckSettings';

const DEFAULT_TIME_ZONE = 'Europe/Paris';

function rowOf(db: Database, sql: string, id: string, what: ItemKind): Row {
  const row = preparedStatement(db, sql).get(id) as Row | undefined;
  if (!row) throw notFound(what, id);
  return row;
}

function requireModuleIfSet(db: Database, moduleId: string | null): void {
  if (moduleId !== null) rowOf(db, 'SELECT id FROM modules WHERE id = ?', moduleId, 'module');
}

/** Time zone known to the system, holidays sorted and without repeats. */
function normalizedCohort(cohort: Cohort): Cohort {
  if (!isValidTimeZone(cohort.timeZone)) {
    throw appError('invalid-input', 'unknownTimeZone', { zone: cohort.timeZone, cohort: cohort.name });
  }
  return { ...cohort, holidays: [...new Set(cohort.holidays)].sort() };
}

/** The Monday after today: a plausible start for a course that has no start date yet. */
function nextMonday(now: Date): string {
  const today = now.toISOString().slice(0, 10);
  const daysToMonday = ((8 - now.getUTCDay()) % 7) || 7;
  return addDays(today, daysToMonday);
}

function defaultSessionTitle(course: Course, kind: LiveSession['kind']): string {
  const messages = pacing[course.language];
  return kind === 'coaching' ? messages.kindCoaching : kind === 'group-work' ? messages.kindGroupWork : messages.newSessionTitle;
}

/** Weeks, live sessions, cohorts and their exports, and the checks; every change is one committed transaction. */
export const pacingService: ServiceDomain<PacingMethods> = (context) => {
  const readDocument = (): CourseDocument => context.project().courseDocument();

  // The checks panel asks again after every save and on every visit: the findings of an unchanged
  // document are kept. courseDocument() returns the same object until any write, and the check
  // settings live in the project file, so changing them also gives a new document.
  // The export settings are part of the key: the budget check and the blockers depend on them.
  const findingsCache = new WeakMap<CourseDocument, { exportKey: string; findings: Finding[] }>();
  const findingsOf = (doc: CourseDocument, settings: CheckSettings, exportOptions: ExportOptions): Finding[] => {
    const exportKey = JSON.stringify(exportOptions);
    const cached = findingsCache.get(doc);
    if (cached?.exportKey === exportKey) return cached.findings;
    const findings = runChecks(doc, settings, exportOptions);
    findingsCache.set(doc, { exportKey, findings });
    return findings;
  };
  // Blockers are found with the options the next export starts from, as the export dialog will.
  const currentFindings = (settings: CheckSettings): Finding[] => {
    const doc = readDocument();
    // Blockers are found with the options the next export starts from, as the export dialog will.
    return findingsOf(doc, settings, exportSettingsOf(doc, rememberedExportSettings(context.project().settings)));
  };

  const requireCohort = (doc: CourseDocument, cohortId: string): Cohort => {
    const cohort = doc.cohorts.find((candidate) => candidate.id === cohortId);
    if (!cohort) throw notFound('cohort', cohortId);
    return cohort;
  };

  const exportFile = async (cohortId: string, extension: string, build: (doc: CourseDocument, cohort: Cohort) => string): Promise<ExportedFile | null> => {
    const doc = readDocument();
    const cohort = requireCohort(doc, cohortId);
    const content = build(doc, cohort);
    const target = await context.options.places.chooseExportPath(exportFileName([doc.course.title, cohort.name], extension));
    if (target === null) return null;
    const bytes = writeFileAtomically(target, content);
    return { path: target, fileName: target.split(/[\\/]/).pop() ?? target, bytes };
  };

  return {
    updateWeekPlan: async ({ week, patch }) =>
      writeCourse(context, (repository) => {
        const row = preparedStatement(repository.db, 'SELECT * FROM week_plans WHERE week = ?').get(week) as Row | undefined;
        const current = row ? courseRows.weekPlans.fromRow(row) : defaultWeekPlan(week);
        const plan = validated(WeekPlanSchema, { ...current, ...patch, week }, 'week plan');
        if (row) courseRows.weekPlans.update(repository.db, plan);
        else courseRows.weekPlans.insert(repository.db, plan);
        return plan;
      }),

    moveCapsuleToWeek: async ({ id, week }) =>
      writeCourse(context, (repository) => {
        const capsule = repository.capsule(id);
        const moduleWeek = repository.module(capsule.moduleId).week;
        const moved = { ...capsule, weekOverride: week === null || week === moduleWeek ? null : week };
        repository.updateCapsule(moved);
        return moved;
      }),

    addLiveSession: async (fields) =>
      writeCourse(context, (repository) => {
        const kind = fields.kind ?? 'virtual-class';
        const session = validated(
          LiveSessionSchema,
          {
            id: newId(),
            title: defaultSessionTitle(repository.course(), kind),
            kind,
            dayOffset: 1,
            startTime: '14:00',
            durationMinutes: kind === 'coaching' ? 30 : 60,
            capacity: kind === 'coaching' ? 1 : null,
            moduleId: null,
            notes: '',
            ...fields,
          },
          'live session',
        );
        requireModuleIfSet(repository.db, session.moduleId);
        courseRows.liveSessions.insert(repository.db, session);
        return session;
      }),
    updateLiveSession: async ({ id, patch }) =>
      writeCourse(context, (repository) => {
        const current = courseRows.liveSessions.fromRow(rowOf(repository.db, 'SELECT * FROM live_sessions WHERE id = ?', id, 'live session'));
        const session = validated(LiveSessionSchema, { ...current, ...patch }, 'live session');
        requireModuleIfSet(repository.db, session.moduleId);
        courseRows.liveSessions.update(repository.db, session);
        return session;
      }),
    deleteLiveSession: async ({ id }) =>
      writeCourse(context, (repository) => {
        rowOf(repository.db, 'SELECT id FROM live_sessions WHERE id = ?', id, 'live session');
        preparedStatement(repository.db, 'DELETE FROM live_sessions WHERE id = ?').run(id);
        return null;
      }),

    addCohort: async (fields) =>
      writeCourse(context, (repository) => {
        const course = repository.course();
        const count = preparedStatement(repository.db, 'SELECT COUNT(*) FROM cohorts').pluck().get() as number;
        const cohort = validated(
          CohortSchema,
          {
            id: newId(),
            name: formatMessage(pacing[course.language], course.language, 'newCohortName', { number: count + 1 }),
            startDate: course.startDate ?? nextMonday(new Date()),
            learnerCount: course.learnerCount,
            timeZone: DEFAULT_TIME_ZONE,
            holidays: [],
            ...fields,
          },
          'cohort',
        );
        const normalized = normalizedCohort(cohort);
        courseRows.cohorts.insert(repository.db, normalized);
        return normalized;
      }),
    updateCohort: async ({ id, patch }) =>
      writeCourse(context, (repository) => {
        const current = courseRows.cohorts.fromRow(rowOf(repository.db, 'SELECT * FROM cohorts WHERE id = ?', id, 'cohort'));
        const cohort = normalizedCohort(validated(CohortSchema, { ...current, ...patch }, 'cohort'));
        courseRows.cohorts.update(repository.db, cohort);
        return cohort;
      }),
    deleteCohort: async ({ id }) =>
      writeCourse(context, (repository) => {
        rowOf(repository.db, 'SELECT id FROM cohorts WHERE id = ?', id, 'cohort');
        preparedStatement(repository.db, 'DELETE FROM cohorts WHERE id = ?').run(id);
        return null;
      }),

    exportCohortCalendar: async ({ cohortId }) =>
      exportFile(cohortId, '.ics', (doc, cohort) => buildCohortCalendar(doc, cohort, { generatedAt: new Date().toISOString() })),
    exportCohortProgramme: async ({ cohortId }) => exportFile(cohortId, '.html', buildCohortProgramme),

    getCheckReport: async () => {
      const settings = context.project().settings.get(checkSettingsSetting);
      return { findings: currentFindings(settings), settings };
    },
    getCheckCount: async () => ({ count: currentFindings(context.project().settings.get(checkSettingsSetting)).length }),
    getCheckSettings: async () => context.project().settings.get(checkSettingsSetting),
    updateCheckSettings: async ({ settings }) => {
      context.project().transaction(() => context.project().settings.set(checkSettingsSetting, settings));
      return settings;
    },
  };
};
