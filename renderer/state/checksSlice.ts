import type { CheckReport } from '../../shared/api/pacingCalls';
import type { CheckSettings } from '../../shared/checks/checkSettings';
import type { SliceCreator } from './appStore';

/** The place id of the checks view (registered in renderer/features/checks/checksPlace.ts). */
export const CHECKS_PLACE = 'checks';

export interface ChecksSlice {
  /** The pedagogical checks on the course as last computed; null until loaded. */
  checkReport: CheckReport | null;
  /** How many findings there are (the navigation's badge); null until loaded. */
  checkCount: number | null;
  loadCheckReport(): Promise<void>;
  /**
   * Reads the findings' count alone, as after each save while the checks are not on screen; the
   * report kept is dropped then (unless the checks view opened meanwhile), since it may be out of
   * date: the checks view reads it when opened.
   */
  loadCheckCount(): Promise<void>;
  /** Saves the course's thresholds and recomputes the findings with them. */
  saveCheckSettings(settings: CheckSettings): Promise<boolean>;
}

export const checksDefaults = { checkReport: null, checkCount: null } satisfies Partial<ChecksSlice>;

export const createChecksSlice: SliceCreator<ChecksSlice> = (set, get, api) => ({
  ...checksDefaults,

  async loadCheckReport() {
    await get().runAction(() => get().loadFresh(() => api.getCheckReport({}), (checkReport) => set({ checkReport, checkCount: checkReport.findings.length })));
  },

  async loadCheckCount() {
    const apply = ({ count }: { count: number }) =>
      set((state) => ({ checkCount: count, ...(state.place === CHECKS_PLACE ? {} : { checkReport: null }) }));
    await get().runAction(() => get().loadFresh(() => api.getCheckCount({}), apply));
  },

  async saveCheckSettings(settings) {
    const saved = await get().saveEdit(() => api.updateCheckSettings({ settings }));
    await get().loadCheckReport();
    return saved !== undefined;
  },
});
