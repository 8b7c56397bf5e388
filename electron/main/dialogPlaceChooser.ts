import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { media } from '../../shared/i18n/media';
import { menu } from '../../shared/i18n/menu';
import { welcome } from '../../shared/i18n/welcome';
import { MEDIA_EXTENSIONS } from '../../shared/media/mediaFileTypes';
import type { Language } from '../../shared/model/course';
import { mediaFileSourceOf } from '../services/media/mediaFileSourceOf';
import type { PlaceChooser } from '../services/serviceOptions';

type DialogApi = Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;

/** Where the desktop lets the user put and find files: the native open and save dialogs. */
export function dialogPlaceChooser(
  dialog: DialogApi,
  options: { language: () => Language; defaultDir: () => string; parentWindow: () => BrowserWindow | null },
): PlaceChooser {
  const projectFilters = () => [{ name: menu[options.language()].projectFilter, extensions: ['spoc'] }];

  // The confirm button is named by us: left to the system, it speaks the system's language, not the app's.
  const label = () => menu[options.language()];

  async function save(title: string, buttonLabel: string, suggestedFileName: string, filters: Electron.FileFilter[]): Promise<string | null> {
    const dialogOptions = { title, buttonLabel, defaultPath: path.join(options.defaultDir(), suggestedFileName), filters };
    const parent = options.parentWindow();
    const result = parent ? await dialog.showSaveDialog(parent, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
    return result.canceled || !result.filePath ? null : result.filePath;
  }

  return {
    chooseNewProjectPath: (suggestedFileName) => save(label().saveProjectDialogTitle, label().dialogSave, suggestedFileName, projectFilters()),
    chooseExportPath: (suggestedFileName) => {
      const extension = path.extname(suggestedFileName).slice(1);
      const filters = extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [];
      return save(label().exportDialogTitle, label().dialogExport, suggestedFileName, filters);
    },
    async chooseExportFolder() {
      const dialogOptions = {
        title: label().exportFolderDialogTitle,
        buttonLabel: label().dialogChooseFolder,
        defaultPath: options.defaultDir(),
        properties: ['openDirectory' as const, 'createDirectory' as const],
      };
      const parent = options.parentWindow();
      const result = parent ? await dialog.showOpenDialog(parent, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseProjectToOpen() {
      const dialogOptions = {
        title: label().openDialogTitle,
        buttonLabel: label().dialogOpen,
        defaultPath: options.defaultDir(),
        filters: projectFilters(),
        properties: ['openFile' as const],
      };
      const parent = options.parentWindow();
      const result = parent ? await dialog.showOpenDialog(parent, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFileToImport() {
      const dialogOptions = {
        title: welcome[options.language()]['import.title'],
        buttonLabel: label().dialogImport,
        defaultPath: options.defaultDir(),
        filters: [{ name: 'Word, SCORM', extensions: ['docx', 'zip'] }],
        properties: ['openFile' as const],
      };
      const parent = options.parentWindow();
      const result = parent ? await dialog.showOpenDialog(parent, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
      const chosen = result.canceled ? undefined : result.filePaths[0];
      return chosen ? mediaFileSourceOf(chosen) : null;
    },
    async chooseMediaToImport() {
      const dialogOptions = {
        title: media[options.language()].dialogTitle,
        buttonLabel: label().dialogImport,
        defaultPath: options.defaultDir(),
        filters: [{ name: media[options.language()].dialogFilter, extensions: MEDIA_EXTENSIONS }],
        properties: ['openFile' as const, 'multiSelections' as const],
      };
      const parent = options.parentWindow();
      const result = parent ? await dialog.showOpenDialog(parent, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
      return result.canceled ? null : Promise.all(result.filePaths.map(mediaFileSourceOf));
    },
  };
}
