import { stat } from 'node:fs/promises';
import path from 'node:path';
import { appError } from '../../../shared/api/appError';
import type { MediaFileSource } from '../serviceOptions';
import { readFileChunks } from './importMediaFile';

/** A file the user picked in a dialog, read in 1 MB chunks of shared memory only when imported. */
export async function mediaFileSourceOf(filePath: string): Promise<MediaFileSource> {
  const info = await stat(filePath).catch((error: Error) => {
    throw appError('file-error', 'mediaNotReadable', { name: path.basename(filePath), detail: error.message });
  });
  if (!info.isFile()) throw appError('invalid-input', 'mediaIsFolder', { name: path.basename(filePath) });
  return { fileName: path.basename(filePath), filePath, size: info.size, chunks: () => readFileChunks(filePath) };
}
