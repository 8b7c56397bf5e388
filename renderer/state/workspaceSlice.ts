import type { Id } from '../../shared/model/ids';
import type { SliceCreator } from './appStore';

/** What the properties panel describes; features add their own kinds (objective, question…). */
export interface Selection {
  kind: string;
  id: Id;
}

export interface WorkspaceSlice {
  /** The place of the course shown in the centre (an id from the navigation registry). */
  place: string;
  selection: Selection | null;
  goTo(place: string): void;
  select(selection: Selection | null): void;
}

export const DEFAULT_PLACE = 'outline';

/** The workspace as it is when a project has just been opened. */
export const workspaceDefaults = { place: DEFAULT_PLACE, selection: null } satisfies Partial<WorkspaceSlice>;

export const createWorkspaceSlice: SliceCreator<WorkspaceSlice> = (set) => ({
  ...workspaceDefaults,
  goTo(place) {
    set({ place, selection: null });
  },
  select(selection) {
    set({ selection });
  },
});
