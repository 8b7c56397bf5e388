/**
 * The renderer's one bound zustand store, composed of one slice per feature. It holds nothing
 * that is not saved: every edit goes through the API, then the slice reloads what the backend says.
 * A feature adds its slice with one type in AppState and one spread in createAppStore, and, when
 * it holds data of the open project, one spread of its defaults in projectDataDefaults.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppApi } from '../../shared/api/contract';
import { checksDefaults, createChecksSlice, type ChecksSlice } from './checksSlice';
import { createEditorSlice, editorDefaults, type EditorSlice } from './editorSlice';
import { createExportSlice, exportDefaults, type ExportSlice } from './exportSlice';
import { createFramingSlice, type FramingSlice } from './framingSlice';
import { createHistorySlice, historyDefaults, type HistorySlice } from './historySlice';
import { createLmsTestSlice, lmsTestDefaults, type LmsTestSlice } from './lmsTestSlice';
import { createMediaSlice, mediaDefaults, type MediaSlice } from './mediaSlice';
import { createObjectivesSlice, objectivesDefaults, type ObjectivesSlice } from './objectivesSlice';
import { createOutlineSlice, outlineDefaults, type OutlineSlice } from './outlineSlice';
import { createPacingSlice, pacingDefaults, type PacingSlice } from './pacingSlice';
import { createPreviewSlice, previewDefaults, type PreviewSlice } from './previewSlice';
import { createQuizSlice, quizDefaults, type QuizSlice } from './quizSlice';
import { createReviewSlice, reviewDefaults, type ReviewSlice } from './reviewSlice';
import { createSessionSlice, type SessionSlice } from './sessionSlice';
import { createStatusSlice, type StatusSlice } from './statusSlice';
import { createStoryboardSlice, type StoryboardSlice } from './storyboardSlice';
import { createWorkspaceSlice, workspaceDefaults, type WorkspaceSlice } from './workspaceSlice';

interface ProjectDataSlice {
  /**
   * Forgets everything read from the open project (when opening another or closing it), in the same
   * update as `alongside` (e.g. the closed session): else the workspace would render once on empty data
   * and ask the closed project for it again.
   */
  resetProjectData(alongside?: Partial<AppState>): void;
}

export type AppState = StatusSlice &
  SessionSlice &
  WorkspaceSlice &
  OutlineSlice &
  FramingSlice &
  ObjectivesSlice &
  HistorySlice &
  EditorSlice &
  PreviewSlice &
  QuizSlice &
  MediaSlice &
  PacingSlice &
  ChecksSlice &
  ExportSlice &
  ReviewSlice &
  StoryboardSlice &
  LmsTestSlice &
  ProjectDataSlice;

export type AppStore = StoreApi<AppState>;

/** Builds one slice; `api` is its only way to reach the backend. */
export type SliceCreator<Slice> = (set: AppStore['setState'], get: () => AppState, api: AppApi) => Slice;

const projectDataDefaults: Partial<AppState> = {
  ...workspaceDefaults,
  ...outlineDefaults,
  ...objectivesDefaults,
  ...historyDefaults,
  ...editorDefaults,
  ...previewDefaults,
  ...quizDefaults,
  ...mediaDefaults,
  ...pacingDefaults,
  ...checksDefaults,
  ...exportDefaults,
  ...reviewDefaults,
  ...lmsTestDefaults,
};

export function createAppStore(api: AppApi): AppStore {
  return createStore<AppState>()((set, get) => ({
    ...createStatusSlice(set, get, api),
    ...createSessionSlice(set, get, api),
    ...createWorkspaceSlice(set, get, api),
    ...createOutlineSlice(set, get, api),
    ...createFramingSlice(set, get, api),
    ...createObjectivesSlice(set, get, api),
    ...createHistorySlice(set, get, api),
    ...createEditorSlice(set, get, api),
    ...createPreviewSlice(set, get, api),
    ...createQuizSlice(set, get, api),
    ...createMediaSlice(set, get, api),
    ...createPacingSlice(set, get, api),
    ...createChecksSlice(set, get, api),
    ...createExportSlice(set, get, api),
    ...createReviewSlice(set, get, api),
    ...createStoryboardSlice(set, get, api),
    ...createLmsTestSlice(set, get, api),
    resetProjectData(alongside = {}) {
      set({ ...projectDataDefaults, saveStatus: 'idle', pendingSaves: 0, error: null, ...alongside });
    },
  }));
}
