import type { LmsTest } from '../../shared/api/lmsTestCalls';
import type { ExportedFile } from '../../shared/api/pacingCalls';
import type { ExportOptions } from '../../shared/export/exportOptions';
import { downloadExportedFile } from '../api/exportDownload';
import type { SliceCreator } from './appStore';

export interface LmsTestSlice {
  /** The LMS test on screen: the packages prepared and the export options they were made with. */
  lmsTest: { test: LmsTest; options: ExportOptions } | null;
  /** Prepares the packages as the export would write them and shows them in the test LMS. */
  openLmsTest(options: ExportOptions): Promise<void>;
  closeLmsTest(): void;
  /** Writes the report (a download in browser mode); the file, or null when cancelled or refused. */
  saveLmsTestReport(markdown: string): Promise<ExportedFile | null>;
}

export const lmsTestDefaults = { lmsTest: null } satisfies Partial<LmsTestSlice>;

export const createLmsTestSlice: SliceCreator<LmsTestSlice> = (set, get, api) => ({
  ...lmsTestDefaults,

  async openLmsTest(options) {
    const test = await get().runAction(() => api.openLmsTest(options));
    if (test) set({ lmsTest: { test, options } });
  },

  closeLmsTest() {
    set({ lmsTest: null });
  },

  async saveLmsTestReport(markdown) {
    const file = await get().runAction(() => api.saveLmsTestReport({ markdown }));
    if (file) downloadExportedFile(file);
    return file ?? null;
  },
});
