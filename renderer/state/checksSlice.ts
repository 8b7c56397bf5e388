import type { CheckReport } from '../../shared/api/pacingCalls';
import type { CheckSettings } from '../../shared/checks/checkSettings';
import type { SliceCreator } from './appStore';

export interface ChecksSlice {
  /** The pedagogical checks on the course as last computed; null until loaded. */
  checkReport: CheckReport | null;
  loadCheckReport(): Promise<void>;
  /** Saves the course's thresholds and recomputes the findings with them. */
  saveCheckSettings(settings: CheckSettings): Promise<boolean>;
}

export const checksDefaults = { checkReport: null } satisfies Partial<ChecksSlice>;

export const createChecksSlice: SliceCreator<ChecksSlice> = (set, get, api) => ({
  ...checksDefaults,

  async loadCheckReport() {
    await get().runAction(() => get().loadFresh(() => api.getCheckReport({}), (checkReport) => set({ checkReport })));
  },

  async saveCheckSettings(settings) {
    const saved = await get().saveEdit(() => api.updateCheckSettings({ settings }));
    await get().loadCheckReport();
    return saved !== undefined;
  },
});
