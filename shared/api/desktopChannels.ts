/**
 * The two messages between the desktop shell and the window besides API calls: the Edit menu's
 * undo/redo (which the window routes to the text being typed or to the project history) and the
 * app's interface language (which the menus and native dialogs follow).
 */
export const MENU_COMMAND_CHANNEL = 'spoc:menu-command';
export const UI_LANGUAGE_CHANNEL = 'spoc:ui-language';

export const MENU_COMMANDS = ['undo', 'redo'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const isMenuCommand = (value: unknown): value is MenuCommand => MENU_COMMANDS.includes(value as MenuCommand);
export const isUiLanguage = (value: unknown): value is 'fr' | 'en' => value === 'fr' || value === 'en';

/** What the preload exposes as window.spocDesktop, beside window.spoc's API calls. */
export interface DesktopBridge {
  /** Calls back with each Edit menu command; returns the unsubscribe function. */
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
  /** Tells the shell the interface language so that menus and dialogs use it. */
  setUiLanguage(language: 'fr' | 'en'): void;
}
