import type { MediaLibraryItem } from '../../shared/api/authoringCalls';
import type { CompactionProgress } from '../../shared/api/compactionCalls';
import type { ImportedMedia, MediaImportProgress } from '../../shared/api/mediaCalls';
import type { Id } from '../../shared/model/ids';
import type { SliceCreator } from './appStore';

/** How often the progress of a running import is asked for. */
export const IMPORT_PROGRESS_POLL_MS = 250;

export interface MediaSlice {
  /** The library as last read from the backend, newest first; null until loaded. */
  mediaLibrary: MediaLibraryItem[] | null;
  /** Thumbnails (data: URLs) by asset id; null for an asset that has none. */
  mediaThumbnails: Record<Id, string | null>;
  /** The import running now, as the backend reports it; null when none is. */
  mediaImport: MediaImportProgress | null;
  loadMediaLibrary(): Promise<void>;
  loadMediaThumbnail(id: Id): Promise<void>;
  /** Desktop: the native open dialog. Resolves with how many files were imported (0 when cancelled), undefined on failure. */
  importMediaFromDialog(): Promise<number | undefined>;
  /** Browser mode: sends the files one by one through upload; resolves with how many were imported before any failure. */
  uploadMediaFiles(files: readonly File[], upload: (file: File) => Promise<ImportedMedia>): Promise<number>;
  replaceMediaEverywhere(fromId: Id, toId: Id): Promise<number | undefined>;
  deleteUnusedMedia(): Promise<number | undefined>;
  /** The compaction running now; null when none is. */
  compaction: CompactionProgress | null;
  /** Gives deleted media's space back to the disk; resolves with the bytes freed, undefined on failure. */
  compactProject(): Promise<number | undefined>;
}

export const mediaDefaults = { mediaLibrary: null, mediaThumbnails: {}, mediaImport: null, compaction: null } satisfies Partial<MediaSlice>;

export const createMediaSlice: SliceCreator<MediaSlice> = (set, get, api) => {
  /** Runs an import while asking the backend for its progress, then shows the library as it now is. */
  const importing = async (run: () => Promise<ImportedMedia>): Promise<number | undefined> => {
    let running = true;
    const poll = async () => {
      while (running) {
        const progress = await api.getMediaImportProgress({}).catch(() => null);
        if (running) set({ mediaImport: progress });
        await new Promise((resolve) => setTimeout(resolve, IMPORT_PROGRESS_POLL_MS));
      }
    };
    void poll();
    try {
      const result = await get().saveEdit(run);
      return result?.imported.length;
    } finally {
      running = false;
      set({ mediaImport: null });
      await get().loadMediaLibrary();
    }
  };

  return {
    ...mediaDefaults,

    async loadMediaLibrary() {
      await get().runAction(async () => set({ mediaLibrary: await api.listMediaLibrary({}) }));
    },

    async loadMediaThumbnail(id) {
      if (id in get().mediaThumbnails) return;
      set((state) => ({ mediaThumbnails: { ...state.mediaThumbnails, [id]: null } }));
      const thumbnail = await get().runAction(() => api.getMediaThumbnail({ id }));
      if (thumbnail) set((state) => ({ mediaThumbnails: { ...state.mediaThumbnails, [id]: thumbnail.dataUrl } }));
    },

    importMediaFromDialog() {
      return importing(() => api.importMedia({}));
    },

    async uploadMediaFiles(files, upload) {
      let count = 0;
      for (const file of files) {
        const imported = await importing(() => upload(file));
        if (imported === undefined) break;
        count += imported;
      }
      return count;
    },

    async replaceMediaEverywhere(fromId, toId) {
      const result = await get().saveEdit(() => api.replaceMediaEverywhere({ fromId, toId }));
      await get().loadMediaLibrary();
      return result?.capsuleCount;
    },

    async deleteUnusedMedia() {
      const result = await get().saveEdit(() => api.deleteUnusedMedia({}));
      await get().loadMediaLibrary();
      return result?.deletedCount;
    },

    async compactProject() {
      let running = true;
      const poll = async () => {
        while (running) {
          const progress = await api.getCompactionProgress({}).catch(() => null);
          if (running) set({ compaction: progress ?? { bytesDone: 0, bytesTotal: 0 } });
          await new Promise((resolve) => setTimeout(resolve, IMPORT_PROGRESS_POLL_MS));
        }
      };
      void poll();
      try {
        const result = await get().saveEdit(() => api.compactProject({}));
        return result && Math.max(0, result.bytesBefore - result.bytesAfter);
      } finally {
        running = false;
        set({ compaction: null });
      }
    },
  };
};
