import { existsSync } from 'node:fs';
import path from 'node:path';
import { appError } from '../../../shared/api/appError';
import type { ExportProgressInfo } from '../../../shared/api/exportCalls';
import { buildPackagePlan, type PackagePlan, type PlayerAssets } from '../../../shared/export/buildPackagePlan';
import { checkExport } from '../../../shared/export/checkExport';
import type { ExportNotice } from '../../../shared/export/exportNotice';
import { ExportOptionsSchema, type ExportOptions } from '../../../shared/export/exportOptions';
import { exportSettingsOf } from '../../../shared/export/exportSettings';
import { limitsPackages, lmsPresetOf } from '../../../shared/export/lmsPresets';
import type { CourseDocument } from '../../../shared/model/courseDocument';
import { damagedMediaError } from '../media/damagedMediaError';
import { mediaChunks } from '../media/openMediaStream';
import { storedMediaHashes } from '../media/verifyMediaContent';
import { CourseRepository } from '../project/courseRepository';
import type { ProjectFile } from '../project/projectFile';
import { sweepStaleTemporaryFiles } from '../project/temporaryFiles';
import type { ServiceDomain } from '../serviceContext';
import { crcCheckedStream } from './crcCheckedStream';
import { rememberedExportSettings, rememberExportSettings } from './rememberedExportSettings';
import { loadPlayerAssets, playerDirCandidates } from './loadPlayerAssets';
import { MediaCopyThread } from './mediaCopyThread';
import { writeScormExport } from './writeScormExport';

type ExportMethods = 'getExportSettings' | 'checkScormExport' | 'exportScorm' | 'getExportProgress' | 'cancelScormExport';

/** Folders to take the player from; tests give a folder of small stand-ins. */
export interface ExportServiceOptions {
  playerDirs?: string[];
}

/**
 * From this many media bytes on, an export copies them on a thread of its own (mediaCopyThread.ts):
 * starting it costs ~30 ms of CPU (35–120 ms of wall time at load 7), what streaming ~50 MB on the
 * main thread costs; past that the thread is faster, and leaves the main process free meanwhile.
 */
const MEDIA_THREAD_MIN_BYTES = 64 * 1024 * 1024;

/** An export's copying thread, and the contents it may copy: the folded ones (pending ones are read from the store's files). */
interface MediaCopying {
  thread: MediaCopyThread;
  folded: ReadonlySet<string>;
}

function plannedMediaBytes(plan: PackagePlan): number {
  return plan.packages.reduce((sum, planned) => sum + planned.files.reduce((bytes, file) => bytes + (file.kind === 'media' ? file.size : 0), 0), 0);
}

/** Runs write with a copying thread for the folded media (no fold starts meanwhile), or without when the thread cannot start. */
async function withMediaCopying<T>(project: ProjectFile, signal: AbortSignal, write: (copying: MediaCopying | null) => Promise<T>): Promise<T> {
  const thread = await MediaCopyThread.start(project.path);
  if (!thread) return write(null);
  const cancel = () => thread.cancel();
  signal.addEventListener('abort', cancel);
  try {
    return await write({ thread, folded: new Set(storedMediaHashes(project.db, { folded: true })) });
  } finally {
    signal.removeEventListener('abort', cancel);
    await thread.close();
  }
}

/** SCORM export of the open course: one export at a time, with progress to poll and a cancel. */
export function exportServiceWith(serviceOptions: ExportServiceOptions = {}): ServiceDomain<ExportMethods> {
  return (context) => {
    let running: { controller: AbortController; progress: ExportProgressInfo } | null = null;
    const playerAssets = (): PlayerAssets => loadPlayerAssets(serviceOptions.playerDirs ?? playerDirCandidates(context.options.resourcesDir));
    // The dialog checks on every option change, and planning a large course only to measure it costs up to a second:
    // one answer per course version (the project's document, a new object after any change) and options.
    const packageNotices = new WeakMap<CourseDocument, Map<string, ExportNotice[]>>();
    const packageNoticesOf = (document: CourseDocument, options: ExportOptions): ExportNotice[] => {
      let byOptions = packageNotices.get(document);
      if (!byOptions) packageNotices.set(document, (byOptions = new Map()));
      const key = JSON.stringify(options);
      let notices = byOptions.get(key);
      if (!notices) byOptions.set(key, (notices = buildPackagePlan(document, options, playerAssets()).notices));
      return notices;
    };

    return {
      getExportSettings: async () => {
        const project = context.project();
        const repository = new CourseRepository(project.db);
        return exportSettingsOf({ course: repository.course(), cohorts: repository.list('cohorts') }, rememberedExportSettings(project.settings));
      },

      // Once nothing blocks it, the packages are planned (not written) so that the target LMS's size and name limits are known before exporting.
      checkScormExport: async (input) => {
        const document = context.project().courseDocument();
        const options = ExportOptionsSchema.parse(input);
        const notices = checkExport(document, options);
        const blocked = notices.some((notice) => notice.severity === 'error');
        return blocked || !limitsPackages(lmsPresetOf(document.course.targetLms)) ? notices : packageNoticesOf(document, options);
      },

      exportScorm: async (input) => {
        const options = ExportOptionsSchema.parse(input);
        if (running) throw appError('conflict', 'exportRunning');
        // Registered before planning and the save dialog: a cancel pressed meanwhile must stop this export, not be lost.
        const controller = new AbortController();
        running = { controller, progress: { writtenBytes: 0, totalBytes: 0, currentFile: '' } };
        try {
          const project = context.project();
          const document = project.courseDocument();
          const plan = buildPackagePlan(document, options, playerAssets());
          const storedCrc = new Map(document.media.map((asset) => [asset.sha256, asset.crc32]));
          const outputPath = await (plan.intoFolder ? context.options.places.chooseExportFolder(plan.fileName) : context.options.places.chooseExportPath(plan.fileName));
          if (outputPath === null) return null;
          if (controller.signal.aborted) throw appError('cancelled', 'exportCancelled');
          sweepStaleTemporaryFiles(plan.intoFolder && existsSync(outputPath) ? outputPath : path.dirname(outputPath));
          const write = (copying: MediaCopying | null) =>
            writeScormExport(plan, {
              outputPath,
              media: {
                openMediaStream: (sha256) => crcCheckedStream(mediaChunks(project.db, sha256), storedCrc.get(sha256) ?? 0, () => damagedMediaError(document, sha256)),
                copierOf: (entry) =>
                  copying?.folded.has(entry.sha256) ? (target, onBytes) => copying.thread.copy(entry, target, onBytes, () => damagedMediaError(document, entry.sha256)) : undefined,
              },
              signal: controller.signal,
              onProgress: (progress) => {
                if (running) running.progress = progress;
              },
            });
          const copyOnThread = !project.readOnly && plannedMediaBytes(plan) >= MEDIA_THREAD_MIN_BYTES;
          // No fold meanwhile: its exclusive lock would shut the copying thread out.
          const written = copyOnThread ? await project.pendingMedia.whileReading(() => withMediaCopying(project, controller.signal, write)) : await write(null);
          // A read-only project (or one its open-time check finds damaged) is exported as it is, without remembering the choices.
          await project.whenChecked();
          if (!project.readOnly) project.transaction(() => rememberExportSettings(project.settings, options));
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
