import type { CoursePatch } from '../../shared/api/outlineCalls';
import type { SliceCreator } from './appStore';

export interface FramingSlice {
  /** Saves framing fields; the course shown (outline.course) is then reread from the backend. */
  updateCourse(patch: CoursePatch): Promise<boolean>;
}

export const createFramingSlice: SliceCreator<FramingSlice> = (_set, get, api) => ({
  async updateCourse(patch) {
    const saved = await get().saveEdit(() => api.updateCourse({ patch }));
    await get().loadOutline();
    return saved !== undefined;
  },
});
