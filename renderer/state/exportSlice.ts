import { AppError, toErrorPayload, type ApiErrorPayload } from '../../shared/api/appError';
import type { ExportProgressInfo, ExportResult } from '../../shared/api/exportCalls';
import type { ExportNotice } from '../../shared/export/exportNotice';
import type { ExportOptions, ExportOptionsInput } from '../../shared/export/exportOptions';
import type { SliceCreator } from './appStore';

export type ExportPhase = 'idle' | 'exporting' | 'done' | 'cancelled' | 'failed';

export interface ExportSlice {
  /** What the next export starts from (last export's choices, else the framing's); null until read. */
  exportSettings: ExportOptions | null;
  /** Resolves with the settings read, or null when the backend refused. */
  loadExportSettings(): Promise<ExportOptions | null>;
  /** What checkScormExport says about the options last checked; null while checking. */
  exportNotices: ExportNotice[] | null;
  exportPhase: ExportPhase;
  exportProgress: ExportProgressInfo | null;
  exportResult: ExportResult | null;
  exportFailure: ApiErrorPayload | null;
  checkExport(options: ExportOptionsInput): Promise<void>;
  /** Exports, polling the progress meanwhile; the outcome lands in exportPhase and exportResult. */
  runExport(options: ExportOptionsInput): Promise<void>;
  cancelExport(): Promise<void>;
  /** Back to choosing options (a new dialog, or "export again"). */
  resetExport(): void;
}

const PROGRESS_POLL_MS = 200;

export const exportDefaults = {
  exportSettings: null,
  exportNotices: null,
  exportPhase: 'idle',
  exportProgress: null,
  exportResult: null,
  exportFailure: null,
} satisfies Partial<ExportSlice>;

export const createExportSlice: SliceCreator<ExportSlice> = (set, get, api) => {
  let checked = 0;
  return {
    ...exportDefaults,

    async loadExportSettings() {
      const settings = await get().runAction(() => api.getExportSettings({}));
      if (settings) set({ exportSettings: settings });
      return settings ?? null;
    },

    async checkExport(options) {
      const ticket = ++checked;
      set({ exportNotices: null });
      const notices = await get().runAction(() => api.checkScormExport(options));
      // Only the answer for the options on screen counts when the designer changes them quickly.
      if (ticket === checked) set({ exportNotices: notices ?? [] });
    },

    async runExport(options) {
      set({ exportPhase: 'exporting', exportProgress: null, exportResult: null, exportFailure: null });
      const poll = setInterval(() => {
        void api.getExportProgress({}).then((progress) => {
          if (progress && get().exportPhase === 'exporting') set({ exportProgress: progress });
        }, () => undefined);
      }, PROGRESS_POLL_MS);
      try {
        const result = await api.exportScorm(options);
        set(result ? { exportPhase: 'done', exportResult: result } : { exportPhase: 'idle' });
        // The next export starts from these choices; the framing keeps its own target.
        if (result) await get().loadExportSettings();
      } catch (failure) {
        const cancelled = failure instanceof AppError && failure.code === 'cancelled';
        set(cancelled ? { exportPhase: 'cancelled' } : { exportPhase: 'failed', exportFailure: toErrorPayload(failure) });
      } finally {
        clearInterval(poll);
      }
    },

    async cancelExport() {
      await get().runAction(() => api.cancelScormExport({}));
    },

    resetExport() {
      set({ ...exportDefaults, exportSettings: get().exportSettings });
    },
  };
};
