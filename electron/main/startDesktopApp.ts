/**
 * The desktop shell: one secure window on app://spoc, the menu, dialogs and the IPC bridge to the
 * services. Imports electron, services and shared; never reaches into the renderer.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { errorText, type ApiErrorPayload, type ApiResult } from '../../shared/api/appError';
import type { ApiInput, ApiMethod } from '../../shared/api/contract';
import { isUiLanguage, MENU_COMMAND_CHANNEL, UI_LANGUAGE_CHANNEL, type MenuCommand } from '../../shared/api/desktopChannels';
import { ProjectSummarySchema } from '../../shared/api/projectCalls';
import { DATE_LOCALES } from '../../shared/i18n/formatDate';
import { menu } from '../../shared/i18n/menu';
import type { Language } from '../../shared/model/course';
import { callApi } from '../services/callApi';
import { createServices } from '../services/createServices';
import { RecentProjects } from '../services/project/recentProjects';
import { PreviewStore } from '../services/preview/previewStore';
import { defaultWorkspaceDir } from '../shell/defaultWorkspaceDir';
import { requestedFilePlaces } from '../shell/requestedFilePlaces';
import { APP_ENTRY_URL, isAppUrl, registerAppScheme, serveAppProtocol } from './appProtocol';
import { applicationMenu } from './applicationMenu';
import { applySecurityHeaders } from './applySecurityHeaders';
import { denyPermissions } from './denyPermissions';
import { dialogPlaceChooser } from './dialogPlaceChooser';
import { guardWebContents } from './guardWebContents';
import { menuLanguage } from './menuLanguage';
import { projectPathFromArgv } from './projectPathFromArgv';
import { readRememberedUiLanguage, rememberUiLanguage } from './rememberedUiLanguage';
import { registerIpcHandlers } from './registerIpcHandlers';
import { windowOptions } from './windowOptions';

export function startDesktopApp(): void {
  // A second launch (double-click on another .spoc) hands its argv to this instance and quits.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme(protocol);

  let mainWindow: BrowserWindow | null = null;
  let ready = false;
  /** A file named on the command line, or by the OS before the window exists, waits here. */
  let fileBeforeReady: string | null = projectPathFromArgv(process.argv, process.cwd());

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, (url) => shell.openExternal(url)));
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    if (ready) void openRequestedFile(filePath);
    else fileBeforeReady = filePath;
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    const filePath = projectPathFromArgv(argv, workingDirectory);
    if (filePath) void openRequestedFile(filePath);
  });
  app.on('window-all-closed', () => app.quit());

  /** The language the window's FR/EN switch chose (at the last launch, until it says); else the system's. */
  let chosenLanguage: Language | null = readRememberedUiLanguage(app.getPath('userData'));
  // Chromium writes date and time fields in the locale it starts with: the app's, British in English
  // (never the US order or a 12-hour clock), rather than the system's.
  if (chosenLanguage) app.commandLine.appendSwitch('lang', DATE_LOCALES[chosenLanguage]);
  // The system language is known only once the app is ready.
  const language = (): Language => chosenLanguage ?? menuLanguage(ready ? [...app.getPreferredSystemLanguages(), app.getLocale()] : []);
  const recentProjects = new RecentProjects(app.getPath('userData'));
  const workspaceDir = defaultWorkspaceDir(process.env, app.getPath('home'));
  const places = requestedFilePlaces(
    dialogPlaceChooser(dialog, { language, defaultDir: () => workspaceDir, parentWindow: () => mainWindow }),
  );
  const previews = new PreviewStore();
  const services = createServices({
    mode: 'desktop',
    workspaceDir,
    appDataDir: app.getPath('userData'),
    resourcesDir: app.isPackaged ? process.resourcesPath : path.join(__dirname, '../../resources'),
    places: places.places,
    previews,
  });
  app.on('will-quit', () => services.dispose());

  /** Calls that open a project put it in the OS's recent documents and the Open recent menu. */
  function followOpenedProject(method: ApiMethod, result: ApiResult<unknown>): void {
    if (!result.ok || !['openProject', 'createProject', 'openSampleProject'].includes(method)) return;
    const opened = ProjectSummarySchema.safeParse(result.value);
    if (!opened.success) return;
    app.addRecentDocument(opened.data.path);
    refreshMenu();
  }

  async function run<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<unknown>> {
    const result = await callApi(services, method, input);
    followOpenedProject(method, result);
    if (!result.ok && result.error.code !== 'cancelled') showError(menu[language()].openFailed, result.error);
    return result;
  }

  /** A native message box in the app's language, its button too (the system would name it in its own). */
  function showError(title: string, error: ApiErrorPayload): void {
    const detail = error.text ? errorText(language(), error.text.key, error.text.params) : error.message;
    const options = { type: 'error' as const, title, message: title, detail, buttons: [menu[language()].ok] };
    void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
  }

  /** The renderer reads the session when it loads, so reloading shows what the menu just opened. */
  async function runAndShow<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<void> {
    const result = await run(method, input);
    if (result.ok && (result.value !== null || method === 'closeProject')) mainWindow?.webContents.reload();
  }

  async function openRequestedFile(filePath: string): Promise<void> {
    places.request(filePath);
    await runAndShow('openProject', {});
  }

  const sendMenuCommand = (command: MenuCommand) => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);

  /** Built again whenever its language or the recent projects change. */
  function refreshMenu(): void {
    if (!ready) return;
    const t = menu[language()];
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        applicationMenu(
          language(),
          {
            newProject: () => void runAndShow('createProject', { title: t.newProjectTitle, language: language(), template: 'blank' }),
            openProject: () => void runAndShow('openProject', {}),
            openRecent: (projectPath) => void openRequestedFile(projectPath),
            clearRecent: () => {
              recentProjects.clear();
              app.clearRecentDocuments();
              refreshMenu();
            },
            openSample: () => void runAndShow('openSampleProject', {}),
            closeProject: () => void runAndShow('closeProject', {}),
            undo: () => sendMenuCommand('undo'),
            redo: () => sendMenuCommand('redo'),
            about: () =>
              void dialog.showMessageBox({ type: 'info', title: t.about, message: 'SPOC Studio', detail: `${t.aboutDetail}\n\n${app.getVersion()}`, buttons: [t.ok] }),
          },
          { platform: process.platform, isPackaged: app.isPackaged, recentProjects: recentProjects.entries() },
        ),
      ),
    );
  }

  /** The window's FR/EN switch: menus and native dialogs follow it. */
  function followUiLanguage(): void {
    ipcMain.on(UI_LANGUAGE_CHANNEL, (event, requested: unknown) => {
      if (!isAppUrl(event.senderFrame?.url) || !isUiLanguage(requested) || requested === chosenLanguage) return;
      chosenLanguage = requested;
      rememberUiLanguage(app.getPath('userData'), requested);
      refreshMenu();
    });
  }

  void app.whenReady().then(async () => {
    ready = true;
    mkdirSync(workspaceDir, { recursive: true });
    denyPermissions(session.defaultSession);
    applySecurityHeaders(session.defaultSession);
    serveAppProtocol(protocol, path.join(__dirname, '../renderer'), previews);
    registerIpcHandlers(ipcMain, services, (frame) => isAppUrl(frame?.url), followOpenedProject);

    followUiLanguage();
    refreshMenu();

    if (fileBeforeReady) {
      places.request(fileBeforeReady);
      await run('openProject', {});
    }
    mainWindow = new BrowserWindow(windowOptions(path.join(__dirname, '../preload/preload.cjs')));
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    await mainWindow.loadURL(APP_ENTRY_URL);
  }).catch((error: unknown) => {
    // The only box Electron can show whatever state the start reached; in the app's language.
    dialog.showErrorBox(menu[language()].startFailed, error instanceof Error ? error.message : String(error));
    app.quit();
  });
}
