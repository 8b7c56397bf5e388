import { AppError } from '../../../shared/api/appError';
import type { ExportProgressInfo } from '../../../shared/api/exportCalls';
import { buildPackagePlan, type PlayerAssets } from '../../../shared/export/buildPackagePlan';
import { checkExport } from '../../../shared/export/checkExport';
import { ExportOptionsSchema } from '../../../shared/export/exportOptions';
import { exportSettingsOf } from '../../../shared/export/exportSettings';
import { mediaChunks } from '../media/openMediaStream';
import { CourseRepository } from '../project/courseRepository';
import type { ServiceDomain } from '../serviceContext';
import { exportSettingsSetting } from './exportSettingsSetting';
import { loadPlayerAssets, playerDirCandidates } from './loadPlayerAssets';
import { writeScormExport } from './writeScormExport';

type ExportMethods = 'getExportSettings' | 'checkScormExport' | 'exportScorm' | 'getExportProgress' | 'cancelScormExport';

/** Folders to take the player from; tests give a folder of small stand-ins. */
export interface ExportServiceOptions {
  playerDirs?: string[];
}

/** SCORM export of the open course: one export at a time, with progress to poll and a cancel. */
export function exportServiceWith(serviceOptions: ExportServiceOptions = {}): ServiceDomain<ExportMethods> {
  return (context) => {
    let running: { controller: AbortController; progress: ExportProgressInfo } | null = null;
    const playerAssets = (): PlayerAssets => loadPlayerAssets(serviceOptions.playerDirs ?? playerDirCandidates(context.options.resourcesDir));

    return {
      getExportSettings: async () => {
        const project = context.project();
        const repository = new CourseRepository(project.db);
        return exportSettingsOf({ course: repository.course(), cohorts: repository.list('cohorts') }, project.settings.get(exportSettingsSetting));
      },

      checkScormExport: async (input) => checkExport(context.project().courseDocument(), ExportOptionsSchema.parse(input)),

      exportScorm: async (input) => {
        const options = ExportOptionsSchema.parse(input);
        if (running) throw new AppError('conflict', 'An export is already running: wait for it to finish or cancel it.');
        const project = context.project();
        const plan = buildPackagePlan(project.courseDocument(), options, playerAssets());
        const outputPath = await (plan.intoFolder ? context.options.places.chooseExportFolder(plan.fileName) : context.options.places.chooseExportPath(plan.fileName));
        if (outputPath === null) return null;
        const controller = new AbortController();
        running = { controller, progress: { writtenBytes: 0, totalBytes: 0, currentFile: '' } };
        try {
          const written = await writeScormExport(plan, {
            outputPath,
            media: { openMediaStream: (sha256) => mediaChunks(project.db, sha256) },
            signal: controller.signal,
            onProgress: (progress) => {
              if (running) running.progress = progress;
            },
          });
          project.transaction(() => project.settings.set(exportSettingsSetting, options));
          return { ...written, warnings: plan.notices };
        } finally {
          running = null;
        }
      },

      getExportProgress: async () => running?.progress ?? null,

      cancelScormExport: async () => {
        if (!running) return false;
        running.controller.abort();
        return true;
      },
    };
  };
}

export const exportService = exportServiceWith();
