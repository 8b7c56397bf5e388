import type { ExportedFile } from '../../shared/api/pacingCalls';
import type { SliceCreator } from './appStore';

export interface StoryboardSlice {
  /** Writes the Word storyboard (the desktop asks where); undefined when cancelled or refused. */
  exportStoryboard(): Promise<ExportedFile | undefined>;
}

export const createStoryboardSlice: SliceCreator<StoryboardSlice> = (_set, get, api) => ({
  async exportStoryboard() {
    return (await get().runAction(() => api.exportStoryboard({}))) ?? undefined;
  },
});
