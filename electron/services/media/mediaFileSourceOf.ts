import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/api/appError';
import type { MediaFileSource } from '../serviceOptions';
import { readFileChunks } from './importMediaFile';

/** A file the user picked in a dialog, read in 1 MB chunks of shared memory only when imported. */
export async function mediaFileSourceOf(filePath: string): Promise<MediaFileSource> {
  const info = await stat(filePath).catch((error: Error) => {
    throw new AppError('file-error', `Cannot read "${path.basename(filePath)}": ${error.message}. Check it exists and you may read it.`);
  });
  if (!info.isFile()) throw new AppError('invalid-input', `"${path.basename(filePath)}" is a folder, not a file: pick media files.`);
  return { fileName: path.basename(filePath), size: info.size, chunks: () => readFileChunks(filePath) };
}
