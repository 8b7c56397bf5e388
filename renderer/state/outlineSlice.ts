import type { CapsulePatch, Outline } from '../../shared/api/outlineCalls';
import type { CapsuleKind, Module } from '../../shared/model/course';
import type { Id } from '../../shared/model/ids';
import type { SliceCreator } from './appStore';

type ModulePatch = Partial<Pick<Module, 'title' | 'summary' | 'week'>>;

export interface OutlineSlice {
  /** The course tree as last read from the backend; null until loaded or with no project open. */
  outline: Outline | null;
  loadOutline(): Promise<void>;
  /** Resolves with the new module's id, or undefined when the backend refused it. */
  addModule(title: string, afterModuleId?: Id): Promise<Id | undefined>;
  addCapsule(moduleId: Id, title: string, kind: CapsuleKind): Promise<Id | undefined>;
  updateModule(id: Id, patch: ModulePatch): Promise<boolean>;
  updateCapsule(id: Id, patch: CapsulePatch): Promise<boolean>;
  moveModule(id: Id, toIndex: number): Promise<boolean>;
  moveCapsule(id: Id, moduleId: Id, toIndex: number): Promise<boolean>;
  /** Resolves with the copy's id. */
  duplicateModule(id: Id): Promise<Id | undefined>;
  duplicateCapsule(id: Id): Promise<Id | undefined>;
  deleteModule(id: Id): Promise<boolean>;
  deleteCapsule(id: Id): Promise<boolean>;
}

export const outlineDefaults = { outline: null } satisfies Partial<OutlineSlice>;

export const createOutlineSlice: SliceCreator<OutlineSlice> = (set, get, api) => {
  /** Writes through the API, then shows what the backend now holds, so the screen never runs ahead of the file. */
  const edit = async <T>(write: () => Promise<T>): Promise<T | undefined> => {
    const value = await get().saveEdit(write);
    await get().loadOutline();
    return value;
  };

  /** A deleted item can no longer be the selection. */
  const deleted = (id: Id, result: null | undefined): boolean => {
    if (result === undefined) return false;
    if (get().selection?.id === id) get().select(null);
    return true;
  };

  return {
    ...outlineDefaults,

    async loadOutline() {
      await get().runAction(() => get().loadFresh(() => api.getOutline({}), (outline) => set({ outline })));
    },

    async addModule(title, afterModuleId) {
      const created = await edit(() => api.addModule(afterModuleId ? { title, afterModuleId } : { title }));
      return created?.id;
    },

    async addCapsule(moduleId, title, kind) {
      const created = await edit(() => api.addCapsule({ moduleId, title, kind }));
      return created?.id;
    },

    async updateModule(id, patch) {
      return (await edit(() => api.updateModule({ id, patch }))) !== undefined;
    },

    async updateCapsule(id, patch) {
      return (await edit(() => api.updateCapsule({ id, patch }))) !== undefined;
    },

    async moveModule(id, toIndex) {
      return (await edit(() => api.moveModule({ id, toIndex }))) !== undefined;
    },

    async moveCapsule(id, moduleId, toIndex) {
      return (await edit(() => api.moveCapsule({ id, moduleId, toIndex }))) !== undefined;
    },

    async duplicateModule(id) {
      return (await edit(() => api.duplicateModule({ id })))?.id;
    },

    async duplicateCapsule(id) {
      return (await edit(() => api.duplicateCapsule({ id })))?.id;
    },

    async deleteModule(id) {
      return deleted(id, await edit(() => api.deleteModule({ id })));
    },

    async deleteCapsule(id) {
      return deleted(id, await edit(() => api.deleteCapsule({ id })));
    },
  };
};
