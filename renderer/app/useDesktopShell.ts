import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesktopBridge } from '../../shared/api/desktopChannels';
import { applyEditCommand } from '../features/history/applyEditCommand';
import type { UiLanguage } from '../i18n/chooseLanguage';
import { useAppStore } from '../state/useAppStore';

declare global {
  interface Window {
    /** Set by the desktop preload; absent in browser mode. */
    spocDesktop?: DesktopBridge;
  }
}

/** In the desktop app: the menus follow the FR/EN switch, and Edit > Undo/Redo reach the project. */
export function useDesktopShell(): void {
  const { i18n } = useTranslation();
  const undo = useAppStore((state) => state.undo);
  const redo = useAppStore((state) => state.redo);

  // Read in the effects: the first screen is also rendered on the server, which has no window.
  useEffect(() => {
    window.spocDesktop?.setUiLanguage(i18n.language as UiLanguage);
  }, [i18n.language]);

  useEffect(() => window.spocDesktop?.onMenuCommand((command) => applyEditCommand(command, document.activeElement, { undo, redo })), [undo, redo]);
}
