import { z } from 'zod';
import { MediaAssetSchema } from '../model/course';
import { IdSchema } from '../model/ids';
import { defineCall } from './defineCall';
import { lazySchema } from '../model/lazySchema';

export const MediaImportProgressSchema = lazySchema(() => z.object({
  fileName: z.string(),
  bytesDone: z.number().int().min(0),
  /** Null when the size is not known in advance. */
  bytesTotal: z.number().int().min(0).nullable(),
  /** Files of this import already done, and in all. */
  fileIndex: z.number().int().min(0),
  fileCount: z.number().int().min(1),
}));
export type MediaImportProgress = z.infer<typeof MediaImportProgressSchema>;

export const ImportedMediaSchema = lazySchema(() => z.object({ imported: z.array(MediaAssetSchema) }));
export type ImportedMedia = z.infer<typeof ImportedMediaSchema>;

/** Bringing files into the media library, and reading them back for the library's thumbnails. */
export const mediaCalls = {
  /**
   * Imports media files the user picked: on the desktop in the native open dialog (the renderer never
   * names a path); in browser mode the file of the upload request being served. Streams each file in
   * 1 MB chunks, checks its real type from its first bytes, and returns the assets added (none when
   * the dialog was cancelled).
   */
  importMedia: defineCall(() => z.object({}).strict(), () => ImportedMediaSchema, 'writes'),
  /** The import running now, for a progress bar; null when none is. */
  getMediaImportProgress: defineCall(() => z.object({}).strict(), () => MediaImportProgressSchema.nullable(), 'reads'),
  /** A small image as a data: URL for the library's thumbnail; null for other kinds or images too big to inline. */
  getMediaThumbnail: defineCall(() => z.object({ id: IdSchema }).strict(), () => z.object({ dataUrl: z.string() }).nullable(), 'reads'),
};
