import type { Preview } from '../../shared/api/previewCalls';
import type { Id } from '../../shared/model/ids';
import type { SliceCreator } from './appStore';

export interface PreviewTarget {
  kind: 'capsule' | 'module';
  id: Id;
}

export interface PreviewSlice {
  /** The preview on screen, or null. */
  preview: Preview | null;
  /** Shows a capsule or module as the learner will see it, once every pending edit is saved. */
  openPreview(target: PreviewTarget): Promise<void>;
  closePreview(): void;
}

const SAVE_WAIT_STEP_MS = 50;
const SAVE_WAIT_LIMIT_MS = 10_000;

export const previewDefaults = { preview: null } satisfies Partial<PreviewSlice>;

export const createPreviewSlice: SliceCreator<PreviewSlice> = (set, get, api) => ({
  ...previewDefaults,

  async openPreview(target) {
    // The preview is built from the file: let the editor's last keystrokes reach it first.
    for (let waited = 0; get().pendingSaves > 0 && waited < SAVE_WAIT_LIMIT_MS; waited += SAVE_WAIT_STEP_MS) {
      await new Promise((resolve) => setTimeout(resolve, SAVE_WAIT_STEP_MS));
    }
    const preview = await get().runAction(() => api.openPreview(target));
    if (preview) set({ preview });
  },

  closePreview() {
    set({ preview: null });
  },
});
