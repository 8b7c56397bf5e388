import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/api/appError';
import type { MediaFileSource } from '../serviceOptions';
import { MEDIA_CHUNK_SIZE } from './importMediaFile';

/** A file the user picked in a dialog, read in 1 MB pieces only when imported. */
export async function mediaFileSourceOf(filePath: string): Promise<MediaFileSource> {
  const info = await stat(filePath).catch((error: Error) => {
    throw new AppError('file-error', `Cannot read "${path.basename(filePath)}": ${error.message}. Check it exists and you may read it.`);
  });
  if (!info.isFile()) throw new AppError('invalid-input', `"${path.basename(filePath)}" is a folder, not a file: pick media files.`);
  return { fileName: path.basename(filePath), filePath, size: info.size, chunks: () => createReadStream(filePath, { highWaterMark: MEDIA_CHUNK_SIZE }) };
}
