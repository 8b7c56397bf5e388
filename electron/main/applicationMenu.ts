import type { MenuItemConstructorOptions } from 'electron';
import { menu } from '../../shared/i18n/menu';
import type { Language } from '../../shared/model/course';

/** What the File and Help menus do; the desktop app wires these to the services. */
export interface MenuActions {
  newProject(): void;
  openProject(): void;
  openSample(): void;
  openRecent(projectPath: string): void;
  clearRecent(): void;
  closeProject(): void;
  /** Edit > Undo/Redo: the window applies them to the text being typed, else to the project history. */
  undo(): void;
  redo(): void;
  about(): void;
}

/** A recently opened project as the File menu lists it. */
export interface RecentMenuEntry {
  path: string;
  title: string;
}

const MAX_RECENT_IN_MENU = 10;

export interface MenuEnvironment {
  platform: NodeJS.Platform;
  /** Developer tools and reload are offered only in unpackaged builds. */
  isPackaged: boolean;
  /** Newest first. */
  recentProjects: readonly RecentMenuEntry[];
}

/** The application menu, labelled in the app's interface language (the system's until the window says). */
export function applicationMenu(language: Language, actions: MenuActions, env: MenuEnvironment): MenuItemConstructorOptions[] {
  const t = menu[language];
  const isMac = env.platform === 'darwin';
  const developerItems: MenuItemConstructorOptions[] = env.isPackaged
    ? []
    : [
        { label: t.reload, role: 'reload' },
        { label: t.toggleDevTools, role: 'toggleDevTools' },
        { type: 'separator' },
      ];
  const recentItems: MenuItemConstructorOptions[] = env.recentProjects.length
    ? [
        ...env.recentProjects.slice(0, MAX_RECENT_IN_MENU).map((entry, index) => ({
          id: `open-recent-${index}`,
          label: `${entry.title} — ${entry.path}`,
          click: () => actions.openRecent(entry.path),
        })),
        { type: 'separator' as const },
        { id: 'clear-recent', label: t.clearRecentProjects, click: () => actions.clearRecent() },
      ]
    : [{ label: t.noRecentProjects, enabled: false }];
  const template: MenuItemConstructorOptions[] = [
    {
      label: t.file,
      submenu: [
        { id: 'new-project', label: t.newProject, accelerator: 'CmdOrCtrl+N', click: () => actions.newProject() },
        { id: 'open-project', label: t.openProject, accelerator: 'CmdOrCtrl+O', click: () => actions.openProject() },
        { id: 'open-recent', label: t.openRecent, submenu: recentItems },
        { id: 'open-sample', label: t.openSample, click: () => actions.openSample() },
        { type: 'separator' },
        { id: 'close-project', label: t.closeProject, accelerator: 'CmdOrCtrl+Shift+W', click: () => actions.closeProject() },
        ...(isMac ? [] : [{ type: 'separator' as const }, { label: t.quit, role: 'quit' as const }]),
      ],
    },
    {
      label: t.edit,
      submenu: [
        // Not the built-in roles: those only undo typing, and outside a text field the project
        // history is what the designer means. The window decides which applies.
        { id: 'undo', label: t.undo, accelerator: 'CmdOrCtrl+Z', click: () => actions.undo() },
        { id: 'redo', label: t.redo, accelerator: 'CmdOrCtrl+Shift+Z', click: () => actions.redo() },
        { type: 'separator' },
        { label: t.cut, role: 'cut' },
        { label: t.copy, role: 'copy' },
        { label: t.paste, role: 'paste' },
        { label: t.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: t.view,
      submenu: [
        ...developerItems,
        { label: t.resetZoom, role: 'resetZoom' },
        { label: t.zoomIn, role: 'zoomIn' },
        { label: t.zoomOut, role: 'zoomOut' },
        { type: 'separator' },
        { label: t.toggleFullScreen, role: 'togglefullscreen' },
      ],
    },
    {
      label: t.window,
      submenu: [
        { label: t.minimize, role: 'minimize' },
        { label: t.closeWindow, role: 'close' },
      ],
    },
    {
      label: t.help,
      role: 'help',
      submenu: [{ id: 'about', label: t.about, click: () => actions.about() }],
    },
  ];
  if (isMac) {
    template.unshift({
      label: 'SPOC Studio',
      submenu: [
        { label: t.about, click: () => actions.about() },
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { label: t.quit, role: 'quit' },
      ],
    });
  }
  return template;
}
