import { rmSync, writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { appError } from '../../../shared/api/appError';
import { temporaryPathFor } from '../project/temporaryFiles';

/** Writes a whole file under a temporary name, then renames it into place: readers never see half a file. */
export function writeFileAtomically(filePath: string, content: string | Uint8Array): number {
  const temporaryPath = temporaryPathFor(filePath, '.partial');
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  try {
    writeFileSync(temporaryPath, bytes, { flag: 'wx' });
    renameSync(temporaryPath, filePath);
  } catch (error) {
    rmSync(temporaryPath, { force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw appError('file-error', 'fileNotWritten', { file: path.basename(filePath), folder: path.dirname(filePath), detail: reason });
  }
  return bytes.length;
}
