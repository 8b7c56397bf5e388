/**
 * The renderer's one bound zustand store, composed of one slice per feature. It holds nothing
 * that is not saved: every edit goes through the API, then the slice reloads what the backend says.
 * A feature adds its slice with one type in AppState and one spread in createAppStore, and, when
 * it holds data of the open project, one spread of its defaults in projectDataDefaults.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppApi } from '../../shared/api/contract';
import { createExportSlice, exportDefaults, type ExportSlice } from './exportSlice';
import { createOutlineSlice, outlineDefaults, type OutlineSlice } from './outlineSlice';
import { createSessionSlice, type SessionSlice } from './sessionSlice';
import { createStatusSlice, type StatusSlice } from './statusSlice';
import { createWorkspaceSlice, workspaceDefaults, type WorkspaceSlice } from './workspaceSlice';

interface ProjectDataSlice {
  /** Forgets everything read from the open project (when opening another or closing it). */
  resetProjectData(): void;
}

export type AppState = StatusSlice & SessionSlice & WorkspaceSlice & OutlineSlice & ExportSlice & ProjectDataSlice;

export type AppStore = StoreApi<AppState>;

/** Builds one slice; `api` is its only way to reach the backend. */
export type SliceCreator<Slice> = (set: AppStore['setState'], get: () => AppState, api: AppApi) => Slice;

const projectDataDefaults: Partial<AppState> = { ...workspaceDefaults, ...outlineDefaults, ...exportDefaults };

export function createAppStore(api: AppApi): AppStore {
  return createStore<AppState>()((set, get) => ({
    ...createStatusSlice(set, get, api),
    ...createSessionSlice(set, get, api),
    ...createWorkspaceSlice(set, get, api),
    ...createOutlineSlice(set, get, api),
    ...createExportSlice(set, get, api),
    resetProjectData() {
      set({ ...projectDataDefaults, saveStatus: 'idle', pendingSaves: 0, error: null });
    },
  }));
}
