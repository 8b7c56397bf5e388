import type { ExportedFile } from '../../shared/api/pacingCalls';
import type { Cohort, LiveSession, LiveSessionKind, WeekPlan } from '../../shared/model/course';
import type { CourseDocument } from '../../shared/model/courseDocument';
import type { Id } from '../../shared/model/ids';
import type { SliceCreator } from './appStore';

type WeekPlanPatch = Partial<Omit<WeekPlan, 'week'>>;
type LiveSessionPatch = Partial<Omit<LiveSession, 'id'>>;
type CohortPatch = Partial<Omit<Cohort, 'id'>>;
export type CohortExportKind = 'calendar' | 'programme';

export interface PacingSlice {
  /** The whole course as last read, for the pacing board and the cohorts' dates; null until loaded. */
  courseDocument: CourseDocument | null;
  loadCourseDocument(): Promise<void>;
  /**
   * Rereads the course once loaded, after a change saved elsewhere (outline, properties panel, undo),
   * unless the change is one of this slice's own edits, which reread it anyway.
   */
  refreshCourseDocument(): Promise<void>;
  updateWeekPlan(week: number, patch: WeekPlanPatch): Promise<boolean>;
  /** Opens a module another week; its capsules follow, except those moved on their own. */
  moveModuleToWeek(id: Id, week: number): Promise<boolean>;
  /** Null puts the capsule back in its module's week. */
  moveCapsuleToWeek(id: Id, week: number | null): Promise<boolean>;
  /** Resolves with the new session's id, or undefined when refused. */
  addLiveSession(week: number, kind: LiveSessionKind): Promise<Id | undefined>;
  updateLiveSession(id: Id, patch: LiveSessionPatch): Promise<boolean>;
  deleteLiveSession(id: Id): Promise<boolean>;
  addCohort(): Promise<Id | undefined>;
  updateCohort(id: Id, patch: CohortPatch): Promise<boolean>;
  deleteCohort(id: Id): Promise<boolean>;
  /** Writes the cohort's file (the desktop asks where); undefined when cancelled or refused. */
  exportCohortFile(cohortId: Id, kind: CohortExportKind): Promise<ExportedFile | undefined>;
}

export const pacingDefaults = { courseDocument: null } satisfies Partial<PacingSlice>;

export const createPacingSlice: SliceCreator<PacingSlice> = (set, get, api) => {
  let ownEditsInFlight = 0;
  /** Writes through the API, then rereads the course and the outline (capsule weeks show there too). */
  const edit = async <T>(write: () => Promise<T>): Promise<T | undefined> => {
    ownEditsInFlight += 1;
    try {
      const value = await get().saveEdit(write);
      await Promise.all([get().loadCourseDocument(), get().loadOutline()]);
      return value;
    } finally {
      ownEditsInFlight -= 1;
    }
  };
  const succeeded = (value: unknown) => value !== undefined;

  return {
    ...pacingDefaults,

    async loadCourseDocument() {
      await get().runAction(() => get().loadFresh(() => api.getCourseDocument({}), (courseDocument) => set({ courseDocument })));
    },

    async refreshCourseDocument() {
      if (ownEditsInFlight === 0 && get().courseDocument !== null) await get().loadCourseDocument();
    },

    async updateWeekPlan(week, patch) {
      return succeeded(await edit(() => api.updateWeekPlan({ week, patch })));
    },

    async moveModuleToWeek(id, week) {
      return succeeded(await edit(() => api.updateModule({ id, patch: { week } })));
    },

    async moveCapsuleToWeek(id, week) {
      return succeeded(await edit(() => api.moveCapsuleToWeek({ id, week })));
    },

    async addLiveSession(week, kind) {
      return (await edit(() => api.addLiveSession({ week, kind })))?.id;
    },

    async updateLiveSession(id, patch) {
      return succeeded(await edit(() => api.updateLiveSession({ id, patch })));
    },

    async deleteLiveSession(id) {
      const deleted = succeeded(await edit(() => api.deleteLiveSession({ id })));
      if (deleted && get().selection?.id === id) get().select(null);
      return deleted;
    },

    async addCohort() {
      return (await edit(() => api.addCohort({})))?.id;
    },

    async updateCohort(id, patch) {
      return succeeded(await edit(() => api.updateCohort({ id, patch })));
    },

    async deleteCohort(id) {
      const deleted = succeeded(await edit(() => api.deleteCohort({ id })));
      if (deleted && get().selection?.id === id) get().select(null);
      return deleted;
    },

    async exportCohortFile(cohortId, kind) {
      const exported = await get().runAction(() =>
        kind === 'calendar' ? api.exportCohortCalendar({ cohortId }) : api.exportCohortProgramme({ cohortId }),
      );
      return exported ?? undefined;
    },
  };
};
