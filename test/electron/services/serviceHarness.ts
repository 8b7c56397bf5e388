import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServices } from '../../../electron/services/createServices';
import type { MediaFileSource, PlaceChooser } from '../../../electron/services/serviceOptions';

/** Services on throwaway folders, with a place chooser the test steers like a user answering dialogs. */
/** mediaDialog: false gives places without a media dialog, as in a window that cannot show one. */
export function createTestServices(options: { resourcesDir?: string; mediaDialog?: boolean } = {}) {
  const root = mkdtempSync(path.join(tmpdir(), 'spoc-services-'));
  const workspaceDir = path.join(root, 'workspace');
  const appDataDir = path.join(root, 'app-data');
  mkdirSync(workspaceDir);
  const answers = {
    newProjectPath: undefined as string | null | undefined,
    projectToOpen: null as string | null,
    /** Where the export is saved; null answers "Cancel". Undefined saves the suggested name in root. */
    exportPath: undefined as string | null | undefined,
    /** File names the export dialog suggested, in order. */
    suggestedExportNames: [] as string[],
    /** The files "picked" in the media import dialog; null answers "Cancel". */
    mediaToImport: null as MediaFileSource[] | null,
  };
  const places: PlaceChooser = {
    chooseNewProjectPath: async (suggested) =>
      answers.newProjectPath === undefined ? path.join(workspaceDir, suggested) : answers.newProjectPath,
    chooseProjectToOpen: async () => answers.projectToOpen,
    chooseExportPath: async (suggested) => {
      answers.suggestedExportNames.push(suggested);
      return answers.exportPath === undefined ? path.join(root, suggested) : answers.exportPath;
    },
    chooseExportFolder: async (suggested) => path.join(root, suggested),
    ...(options.mediaDialog === false ? {} : { chooseMediaToImport: async () => answers.mediaToImport }),
  };
  const start = () =>
    createServices({ mode: 'browser', workspaceDir, appDataDir, resourcesDir: options.resourcesDir ?? path.join(root, 'resources'), places });
  const harness = {
    api: start(),
    root,
    workspaceDir,
    appDataDir,
    answers,
    /** Quits and starts the app again on the same folders (what a user does between sessions). */
    restart() {
      harness.api.dispose();
      harness.api = start();
      return harness.api;
    },
    cleanup() {
      harness.api.dispose();
      rmSync(root, { recursive: true, force: true });
    },
  };
  return harness;
}
