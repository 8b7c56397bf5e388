import type { CapsuleKind } from '../../shared/model/course';
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
  /** The kind the add-capsule form starts on: the last one added, so a series of quizzes is typed once. */
  newCapsuleKind: CapsuleKind;
  goTo(place: string): void;
  select(selection: Selection | null): void;
  rememberCapsuleKind(kind: CapsuleKind): void;
}

export const DEFAULT_PLACE = 'outline';

/** The workspace as it is when a project has just been opened. */
export const workspaceDefaults = { place: DEFAULT_PLACE, selection: null } satisfies Partial<WorkspaceSlice>;

export const createWorkspaceSlice: SliceCreator<WorkspaceSlice> = (set) => ({
  ...workspaceDefaults,
  newCapsuleKind: 'video',
  goTo(place) {
    set({ place, selection: null });
  },
  select(selection) {
    set({ selection });
  },
  rememberCapsuleKind(newCapsuleKind) {
    set({ newCapsuleKind });
  },
});
