/**
 * Desktop preload (sandboxed, bundled to one CJS file): exposes window.spoc with exactly one
 * function per API call, and window.spocDesktop with the Edit menu's commands and the interface
 * language. Imports only the method list and channel names; nothing else crosses the bridge.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_METHOD_NAMES, ipcChannelOf } from '../../shared/api/methodNames';
import { isMenuCommand, isUiLanguage, MENU_COMMAND_CHANNEL, UI_LANGUAGE_CHANNEL, type DesktopBridge, type MenuCommand } from '../../shared/api/desktopChannels';

const bridge = Object.fromEntries(
  API_METHOD_NAMES.map((method) => {
    const channel = ipcChannelOf(method);
    return [method, (input: unknown) => ipcRenderer.invoke(channel, input)];
  }),
);

const desktop: DesktopBridge = {
  onMenuCommand(callback: (command: MenuCommand) => void) {
    const listener = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) callback(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, listener);
    };
  },
  setUiLanguage(language: 'fr' | 'en') {
    if (isUiLanguage(language)) ipcRenderer.send(UI_LANGUAGE_CHANNEL, language);
  },
};

contextBridge.exposeInMainWorld('spoc', Object.freeze(bridge));
contextBridge.exposeInMainWorld('spocDesktop', Object.freeze(desktop));
