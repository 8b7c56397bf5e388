import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { appError } from '../../shared/api/appError';
import { CliUsageError } from './cliCommand';

/**
 * The file a command writes from its -o value: OUT itself when it names a file with the extension
 * (".zip", ".docx"…), or OUT/<suggested name> when OUT is an existing folder.
 */
export function outputPathFor(cwd: string, output: string, extension: string): (suggestedFileName: string) => string {
  const resolved = path.resolve(cwd, output);
  const isFolder = existsSync(resolved) && statSync(resolved).isDirectory();
  if (!isFolder && output.endsWith(path.sep)) throw appError('not-found', 'folderMissing', { folder: resolved });
  if (!isFolder && path.extname(resolved).toLowerCase() !== extension) throw new CliUsageError(`the output must be a ${extension} file or an existing folder (got ${output}).`);
  const parent = path.dirname(resolved);
  if (!isFolder && !existsSync(parent)) throw appError('not-found', 'folderMissing', { folder: parent });
  if (!isFolder && !statSync(parent).isDirectory()) throw appError('invalid-input', 'outputIsFile', { path: parent });
  return (suggestedFileName) => (isFolder ? path.join(resolved, suggestedFileName) : resolved);
}

/** The folder a command writes several files in (one zip per module): OUT, created when its parent exists. */
export function outputFolderFor(cwd: string, output: string): string {
  const resolved = path.resolve(cwd, output);
  if (path.extname(resolved).toLowerCase() === '.zip') throw new CliUsageError(`--mode module-packages writes one zip per module: give a folder, not ${output}.`);
  if (existsSync(resolved) && !statSync(resolved).isDirectory()) throw appError('invalid-input', 'outputIsFile', { path: resolved });
  const parent = path.dirname(resolved);
  if (!existsSync(parent) || !statSync(parent).isDirectory()) throw appError('not-found', 'folderMissing', { folder: parent });
  return resolved;
}

/** The project file a command creates (new, import, pack): a .spoc path where no file is yet. */
export function newProjectPathFor(cwd: string, output: string): string {
  const resolved = path.resolve(cwd, output);
  if (path.extname(resolved).toLowerCase() !== '.spoc') throw new CliUsageError(`the project file must end with .spoc (got ${path.basename(resolved)}).`);
  if (existsSync(resolved)) throw appError('conflict', 'fileExists', { file: resolved });
  return resolved;
}

