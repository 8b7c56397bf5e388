/**
 * Browser mode: the services and the built UI over HTTP on 127.0.0.1, for end-to-end tests and for
 * anyone without the desktop runtime. Imports services and shared; never electron.
 */
import path from 'node:path';
import { AppError } from '../../shared/api/appError';
import { callApi } from '../services/callApi';
import { createServices } from '../services/createServices';
import { PreviewStore } from '../services/preview/previewStore';
import { requestedFilePlaces } from '../shell/requestedFilePlaces';
import { renderFirstScreenPage } from './firstScreenPage';
import { startFirstScreenThread, type FirstScreenThread } from './firstScreenThread';
import type { FirstScreenRequest } from '../../shared/api/firstScreen';
import { startHttpServer, type RunningServer } from './startHttpServer';
import { uploadedMediaPlaces } from './uploadedMediaPlaces';
import { workspacePlaceChooser } from './workspacePlaceChooser';

export interface StartServerOptions {
  /** Project to open at start; without it, a fresh copy of the bundled sample is opened. */
  projectPath?: string;
  /** 0 or absent picks a free port. */
  port?: number;
  workspaceDir: string;
  appDataDir: string;
  resourcesDir: string;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** The renderer's server bundle (out/server/firstScreen.cjs): the page then comes with its first screen painted. Absent: the page renders it. */
  firstScreenBundle?: string;
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const workspace = requestedFilePlaces(workspacePlaceChooser(options.workspaceDir));
  const previews = new PreviewStore();
  const uploads = uploadedMediaPlaces(workspace.places);
  const api = createServices({
    mode: 'browser',
    workspaceDir: options.workspaceDir,
    appDataDir: options.appDataDir,
    resourcesDir: options.resourcesDir,
    places: uploads.places,
    previews,
  });
  let firstScreens: FirstScreenThread | null = null;
  try {
    if (options.projectPath) workspace.request(path.resolve(options.projectPath));
    const opened = options.projectPath ? await callApi(api, 'openProject', {}) : await callApi(api, 'openSampleProject', {});
    if (!opened.ok) throw new AppError(opened.error.code, opened.error.message, opened.error.text);
    firstScreens = options.firstScreenBundle ? startFirstScreenThread(options.firstScreenBundle) : null;
    const server = await startHttpServer({
      api,
      rendererDir: options.rendererDir,
      exportsDir: path.join(options.workspaceDir, 'exports'),
      previews,
      uploadMedia: (upload) => uploads.serve(upload, () => callApi(api, 'importMedia', {})),
      uploadImport: (upload) => uploads.serve(upload, () => callApi(api, 'stageImport', {})),
      ...(options.port === undefined ? {} : { port: options.port }),
      ...(firstScreens ? { firstScreen: (request: FirstScreenRequest) => renderFirstScreenPage(api, firstScreens!, request) } : {}),
    });
    return {
      ...server,
      close: async () => {
        await server.close();
        await firstScreens?.close();
        api.dispose();
      },
    };
  } catch (error) {
    await firstScreens?.close();
    api.dispose();
    throw error;
  }
}
