import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_METHOD_NAMES, ipcChannelOf } from '../../../shared/api/methodNames';
import { MENU_COMMAND_CHANNEL, UI_LANGUAGE_CHANNEL } from '../../../shared/api/desktopChannels';
import { runCli } from '../../../electron/cli/runCli';

type MenuItem = { id?: string; label?: string; submenu?: MenuItem[]; click?: () => void };
type Handler = (event: { senderFrame: { url: string } | null }, input: unknown) => Promise<unknown>;

/** A stand-in for the parts of Electron the desktop shell uses, recording what it is asked. */
const fake = vi.hoisted(() => {
  const state = {
    home: '',
    gotLock: true,
    locales: ['fr-FR'],
    windows: [] as Array<{ options: unknown; loadURL: ReturnType<typeof vi.fn>; reload: ReturnType<typeof vi.fn>; focus: ReturnType<typeof vi.fn>; send: ReturnType<typeof vi.fn> }>,
    handlers: new Map<string, Handler>(),
    listeners: new Map<string, (event: { senderFrame: { url: string } | null }, payload: unknown) => void>(),
    recentDocuments: [] as string[],
    menuTemplate: [] as MenuItem[],
    privilegedSchemes: [] as unknown[],
    protocolHandlers: [] as string[],
    quit: vi.fn(),
    permissionHandler: vi.fn(),
    errorBox: vi.fn(),
    appendSwitch: vi.fn(),
    messageBox: vi.fn(async () => ({ response: 0 })),
    app: null as unknown as EventEmitter & Record<string, unknown>,
    ready: null as unknown as () => void,
  };
  return state;
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class BrowserWindow extends Emitter {
    webContents: { reload: ReturnType<typeof vi.fn>; send: ReturnType<typeof vi.fn> };
    loadURL = vi.fn(async () => undefined);
    focus = vi.fn();
    show = vi.fn();
    isMinimized = () => false;
    restore = vi.fn();
    constructor(readonly options: unknown) {
      super();
      this.webContents = { reload: vi.fn(), send: vi.fn() };
      fake.windows.push({ options, loadURL: this.loadURL, reload: this.webContents.reload, focus: this.focus, send: this.webContents.send });
    }
  }
  return {
    // Read at each use: the mock factory runs once, each test makes a fresh app.
    get app() {
      return fake.app;
    },
    BrowserWindow,
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showErrorBox: fake.errorBox, showMessageBox: fake.messageBox },
    ipcMain: {
      handle: (channel: string, handler: Handler) => void fake.handlers.set(channel, handler),
      on: (channel: string, listener: (event: { senderFrame: { url: string } | null }, payload: unknown) => void) => void fake.listeners.set(channel, listener),
    },
    Menu: { buildFromTemplate: (template: MenuItem[]) => template, setApplicationMenu: (template: MenuItem[]) => void (fake.menuTemplate = template) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void fake.privilegedSchemes.push(...schemes),
      handle: (scheme: string) => void fake.protocolHandlers.push(scheme),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: fake.permissionHandler,
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onHeadersReceived: vi.fn() },
      },
    },
    shell: { openExternal: vi.fn() },
  };
});

function freshApp() {
  const app = new EventEmitter() as EventEmitter & Record<string, unknown>;
  let resolveReady = () => {};
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  Object.assign(app, {
    requestSingleInstanceLock: () => fake.gotLock,
    quit: fake.quit,
    whenReady: () => ready,
    getPath: (name: string) => path.join(fake.home, name === 'home' ? '' : name),
    getPreferredSystemLanguages: () => fake.locales,
    getLocale: () => fake.locales[0],
    getVersion: () => '0.1.0',
    commandLine: { appendSwitch: fake.appendSwitch },
    isPackaged: false,
    addRecentDocument: (documentPath: string) => void fake.recentDocuments.push(documentPath),
    clearRecentDocuments: () => void (fake.recentDocuments.length = 0),
  });
  fake.app = app;
  fake.ready = resolveReady;
}

/** Loading the services can take seconds on a busy machine. */
const WAIT = { timeout: 10_000, interval: 20 };
const fromApp = { senderFrame: { url: 'app://spoc/index.html' } };
function menuItem(id: string, items: MenuItem[] = fake.menuTemplate): MenuItem | undefined {
  for (const item of items) {
    if (item.id === id) return item;
    const found = item.submenu ? menuItem(id, item.submenu) : undefined;
    if (found) return found;
  }
  return undefined;
}
const ipc = (method: string, input: unknown = {}) => fake.handlers.get(ipcChannelOf(method))?.(fromApp, input) as Promise<any>;

async function makeProject(title: string): Promise<string> {
  const cwd = mkdtempSync(path.join(tmpdir(), 'spoc-desktop-project-'));
  const code = await runCli(['new', 'course.spoc', '--title', title], { out: () => {}, err: () => {}, cwd });
  expect(code).toBe(0);
  return path.join(cwd, 'course.spoc');
}

describe('startDesktopApp', () => {
  const argv = process.argv;

  beforeEach(() => {
    vi.resetModules();
    fake.home = mkdtempSync(path.join(tmpdir(), 'spoc-desktop-home-'));
    fake.gotLock = true;
    fake.locales = ['fr-FR'];
    fake.windows.length = 0;
    fake.handlers.clear();
    fake.listeners.clear();
    fake.recentDocuments.length = 0;
    fake.privilegedSchemes.length = 0;
    fake.protocolHandlers.length = 0;
    fake.quit.mockClear();
    fake.errorBox.mockClear();
    fake.messageBox.mockClear();
    fake.appendSwitch.mockClear();
    freshApp();
  });

  afterEach(() => {
    process.argv = argv;
    fake.app.emit('will-quit');
  });

  async function start(extraArgv: string[] = []) {
    process.argv = ['/opt/spoc-studio/spoc-studio', ...extraArgv];
    const { startDesktopApp } = await import('../../../electron/main/startDesktopApp');
    startDesktopApp();
  }

  async function startAndWaitForWindow(extraArgv: string[] = []) {
    await start(extraArgv);
    expect(fake.privilegedSchemes).toEqual([expect.objectContaining({ scheme: 'app' })]);
    fake.ready();
    await vi.waitFor(() => expect(fake.windows[0]?.loadURL).toHaveBeenCalled(), WAIT);
    return fake.windows[0]!;
  }

  it('quits at once when another instance already runs (that one gets the argv)', async () => {
    fake.gotLock = false;
    await start(['course.spoc']);
    expect(fake.quit).toHaveBeenCalled();
    expect(fake.privilegedSchemes).toEqual([]);
    expect(fake.windows).toEqual([]);
  });

  it('opens one locked-down window on app://spoc with the preload, IPC, permissions and menu in place', async () => {
    const window = await startAndWaitForWindow();
    expect(window.loadURL).toHaveBeenCalledWith('app://spoc/index.html');
    expect(window.options).toMatchObject({
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, preload: expect.stringMatching(/preload\.cjs$/) },
    });
    expect(fake.protocolHandlers).toEqual(['app']);
    expect([...fake.handlers.keys()].sort()).toEqual(API_METHOD_NAMES.map(ipcChannelOf).sort());
    expect(fake.permissionHandler).toHaveBeenCalled();
    expect(fake.menuTemplate.map((item) => item.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide']);
    expect(await ipc('getSession')).toEqual({ ok: true, value: { mode: 'desktop', project: null } });
  });

  it('labels the menu in English on an English system', async () => {
    fake.locales = ['en-GB'];
    await startAndWaitForWindow();
    expect(fake.menuTemplate[0]?.label).toBe('File');
  });

  it('opens the .spoc file it was launched with before showing the window', async () => {
    const projectPath = await makeProject('Lancé par double-clic');
    await startAndWaitForWindow([projectPath]);
    const session = await ipc('getSession');
    expect(session.value.project).toMatchObject({ path: projectPath, title: 'Lancé par double-clic' });
  });

  it('opens a file a second launch forwards, then reloads the window to show it', async () => {
    const window = await startAndWaitForWindow();
    const projectPath = await makeProject('Seconde instance');
    fake.app.emit('second-instance', {}, ['/opt/spoc-studio/spoc-studio', '--some-switch', path.basename(projectPath)], path.dirname(projectPath));
    await vi.waitFor(() => expect(window.reload).toHaveBeenCalled(), WAIT);
    expect(window.focus).toHaveBeenCalled();
    expect((await ipc('getSession')).value.project.title).toBe('Seconde instance');
  });

  it('opens a file macOS hands over with open-file', async () => {
    const window = await startAndWaitForWindow();
    const projectPath = await makeProject('Ouvert depuis le Finder');
    const event = { preventDefault: vi.fn() };
    fake.app.emit('open-file', event, projectPath);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(window.reload).toHaveBeenCalled(), WAIT);
    expect((await ipc('getSession')).value.project.title).toBe('Ouvert depuis le Finder');
  });

  /** The options of the n-th message box shown (with or without a parent window). */
  const messageBox = (index: number) => {
    const call = fake.messageBox.mock.calls[index] as unknown[] | undefined;
    return call?.[call.length - 1] as { type: string; title: string; detail: string; buttons: string[] } | undefined;
  };

  it('tells the user, in a dialog, why a file could not be opened', async () => {
    const window = await startAndWaitForWindow();
    fake.app.emit('second-instance', {}, ['spoc-studio', '/nowhere/missing.spoc'], '/');
    await vi.waitFor(() => expect(fake.messageBox).toHaveBeenCalled(), WAIT);
    expect(messageBox(0)).toMatchObject({ type: 'error', title: 'Impossible d’ouvrir ce projet', buttons: ['OK'] });
    expect(messageBox(0)?.detail).toMatch(/missing\.spoc/);
    expect(window.reload).not.toHaveBeenCalled();
  });

  it("says it in the window's language once the FR/EN switch chose it, not the system's: title, message and button", async () => {
    await startAndWaitForWindow();
    // A folder named like a project: the error has its words in both languages.
    const folder = path.join(mkdtempSync(path.join(tmpdir(), 'spoc-desktop-folder-')), 'course.spoc');
    mkdirSync(folder);
    fake.app.emit('second-instance', {}, ['spoc-studio', folder], '/');
    await vi.waitFor(() => expect(fake.messageBox).toHaveBeenCalledTimes(1), WAIT);
    fake.listeners.get(UI_LANGUAGE_CHANNEL)!(fromApp, 'en');
    fake.app.emit('second-instance', {}, ['spoc-studio', folder], '/');
    await vi.waitFor(() => expect(fake.messageBox).toHaveBeenCalledTimes(2), WAIT);
    expect(messageBox(0)).toMatchObject({ title: 'Impossible d’ouvrir ce projet', detail: expect.stringMatching(/dossier/) });
    expect(messageBox(1)).toMatchObject({ title: 'Could not open this project', detail: expect.stringMatching(/folder/), buttons: ['OK'] });
    menuItem('about')?.click?.();
    expect(messageBox(2)).toMatchObject({ title: 'About SPOC Studio', buttons: ['OK'] });
  });

  it('puts an opened project in the OS recent documents and File > Open recent, which reopens it', async () => {
    const window = await startAndWaitForWindow();
    const projectPath = await makeProject('Récent');
    fake.app.emit('open-file', { preventDefault: vi.fn() }, projectPath);
    await vi.waitFor(() => expect(window.reload).toHaveBeenCalledTimes(1), WAIT);
    expect(fake.recentDocuments).toEqual([projectPath]);
    expect(menuItem('open-recent-0')?.label).toBe(`Récent — ${projectPath}`);
    await ipc('closeProject');
    menuItem('open-recent-0')?.click?.();
    await vi.waitFor(() => expect(window.reload).toHaveBeenCalledTimes(2), WAIT);
    expect((await ipc('getSession')).value.project.path).toBe(projectPath);
    menuItem('clear-recent')?.click?.();
    expect(fake.recentDocuments).toEqual([]);
    expect(menuItem('open-recent-0')).toBeUndefined();
  });

  it('follows projects the window opens too', async () => {
    await startAndWaitForWindow();
    const sample = await ipc('openSampleProject');
    expect(fake.recentDocuments).toEqual([sample.value.path]);
    expect(menuItem('open-recent-0')?.label).toContain(sample.value.path);
  });

  it("labels menus in the window's language once it says, and ignores other senders", async () => {
    await startAndWaitForWindow();
    const setLanguage = fake.listeners.get(UI_LANGUAGE_CHANNEL)!;
    setLanguage({ senderFrame: { url: 'https://evil.example/' } }, 'en');
    expect(fake.menuTemplate[0]?.label).toBe('Fichier');
    setLanguage(fromApp, 'klingon');
    expect(fake.menuTemplate[0]?.label).toBe('Fichier');
    setLanguage(fromApp, 'en');
    expect(fake.menuTemplate[0]?.label).toBe('File');
  });

  it('starts in the language chosen at the last launch: menus at once, and date and time fields British in English', async () => {
    await startAndWaitForWindow();
    expect(fake.appendSwitch).not.toHaveBeenCalled();
    fake.listeners.get(UI_LANGUAGE_CHANNEL)!(fromApp, 'en');
    fake.app.emit('will-quit');

    vi.resetModules();
    freshApp();
    fake.windows.length = 0;
    fake.privilegedSchemes.length = 0;
    await startAndWaitForWindow();
    expect(fake.appendSwitch).toHaveBeenCalledWith('lang', 'en-GB');
    // The system is French (fake.locales), the last choice English: the menu says it before the window does.
    expect(fake.menuTemplate[0]?.label).toBe('File');
  });

  it('sends Edit > Undo and Redo to the window, which applies them to the text or the project history', async () => {
    const window = await startAndWaitForWindow();
    menuItem('undo')?.click?.();
    menuItem('redo')?.click?.();
    expect(window.send.mock.calls).toEqual([
      [MENU_COMMAND_CHANNEL, 'undo'],
      [MENU_COMMAND_CHANNEL, 'redo'],
    ]);
  });
});
