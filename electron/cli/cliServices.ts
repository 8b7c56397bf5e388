import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppError, appError } from '../../shared/api/appError';
import type { ApiInput, ApiMethod, ApiOutput, AppApi } from '../../shared/api/contract';
import { callApi } from '../services/callApi';
import { createServices } from '../services/createServices';

/** The files a command line named; the services' "where?" questions are answered with them. */
export interface CliPlaces {
  newProjectPath?: string;
  projectToOpen?: string;
  /** The file to write, or how to name it from the name the export suggests. */
  exportPath?: string | ((suggestedFileName: string) => string);
  /** The folder to write one zip per module in. */
  exportFolder?: () => string;
}

/** A call through the contract (input validated), unwrapped: failures become AppErrors. */
export async function callOrThrow<M extends ApiMethod>(api: AppApi, method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = await callApi(api, method, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.text);
  return result.value as ApiOutput<M>;
}

/**
 * Runs work on fresh services and always disposes them. The CLI keeps no recent-projects list of its
 * own, so the app state lives in a temporary folder removed afterwards.
 */
export async function withCliServices<T>(cwd: string, places: CliPlaces, work: (api: AppApi) => Promise<T>): Promise<T> {
  const appDataDir = mkdtempSync(path.join(tmpdir(), 'spoc-cli-'));
  const unanswered = (what: string) => () => Promise.reject(new AppError('invalid-input', `This command does not take ${what}.`));
  const api = createServices({
    mode: 'browser',
    workspaceDir: cwd,
    appDataDir,
    resourcesDir: path.resolve(__dirname, '../../resources'),
    places: {
      chooseNewProjectPath: places.newProjectPath ? async () => places.newProjectPath ?? null : unanswered('a new project file'),
      chooseProjectToOpen: places.projectToOpen ? async () => places.projectToOpen ?? null : unanswered('a project to open'),
      chooseExportPath: places.exportPath ? async (suggested) => (typeof places.exportPath === 'function' ? places.exportPath(suggested) : (places.exportPath ?? null)) : unanswered('an output file'),
      chooseExportFolder: places.exportFolder ? async () => places.exportFolder?.() ?? null : unanswered('an output folder'),
    },
  });
  try {
    return await work(api);
  } finally {
    api.dispose();
    rmSync(appDataDir, { recursive: true, force: true });
  }
}

/**
 * Opens the project file named on the command line and runs work on it. exportPath and
 * exportFolder answer the services' "where to write the export?" questions.
 */
export async function withOpenProject<T>(
  cwd: string,
  file: string,
  work: (api: AppApi) => Promise<T>,
  options: Pick<CliPlaces, 'exportPath' | 'exportFolder'> = {},
): Promise<T> {
  const projectToOpen = path.resolve(cwd, file);
  if (!existsSync(projectToOpen)) throw appError('not-found', 'noFileAt', { path: projectToOpen });
  if (!statSync(projectToOpen).isFile()) throw appError('invalid-input', 'projectIsFolder', { file: projectToOpen });
  return withCliServices(cwd, { projectToOpen, ...options }, async (api) => {
    const opened = await callOrThrow(api, 'openProject', {});
    if (!opened) throw new AppError('internal', `${projectToOpen} was not opened.`);
    return work(api);
  });
}
