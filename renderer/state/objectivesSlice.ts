import type { AlignmentData } from '../../shared/api/authoringCalls';
import type { BloomLevel } from '../../shared/model/course';
import type { Id } from '../../shared/model/ids';
import type { SliceCreator } from './appStore';

type ObjectivePatch = { code?: string; text?: string; bloomLevel?: BloomLevel | null };

/** What the objectives screen and the alignment matrix read, as last saved. */
export type ObjectiveData = AlignmentData;

export interface ObjectivesSlice {
  /** Null until the objectives screen has loaded it. */
  objectiveData: ObjectiveData | null;
  loadObjectives(): Promise<void>;
  /** Resolves with the new objective's id, or undefined when the backend refused it. */
  addObjective(moduleId: Id | null, text: string, bloomLevel: BloomLevel | null): Promise<Id | undefined>;
  updateObjective(id: Id, patch: ObjectivePatch): Promise<boolean>;
  moveObjective(id: Id, moduleId: Id | null, toIndex: number): Promise<boolean>;
  deleteObjective(id: Id): Promise<boolean>;
  setObjectiveLink(objectiveId: Id, target: 'capsule' | 'question', targetId: Id, linked: boolean): Promise<boolean>;
}

export const objectivesDefaults = { objectiveData: null } satisfies Partial<ObjectivesSlice>;

export const createObjectivesSlice: SliceCreator<ObjectivesSlice> = (set, get, api) => {
  /** Writes, then reloads what this screen and the outline (its objective count, capsule links) show. */
  const edit = async <T>(write: () => Promise<T>): Promise<T | undefined> => {
    const value = await get().saveEdit(write);
    await get().loadObjectives();
    await get().loadOutline();
    return value;
  };

  return {
    ...objectivesDefaults,

    async loadObjectives() {
      await get().runAction(() => get().loadFresh(() => api.getAlignment({}), (objectiveData) => set({ objectiveData })));
    },

    async addObjective(moduleId, text, bloomLevel) {
      return (await edit(() => api.addObjective({ moduleId, text, bloomLevel })))?.id;
    },

    async updateObjective(id, patch) {
      return (await edit(() => api.updateObjective({ id, patch }))) !== undefined;
    },

    async moveObjective(id, moduleId, toIndex) {
      return (await edit(() => api.moveObjective({ id, moduleId, toIndex }))) !== undefined;
    },

    async deleteObjective(id) {
      return (await edit(() => api.deleteObjective({ id }))) !== undefined;
    },

    async setObjectiveLink(objectiveId, target, targetId, linked) {
      return (await edit(() => api.setObjectiveLink({ objectiveId, target, targetId, linked }))) !== undefined;
    },
  };
};
