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
  const desktop = window.spocDesktop;

  useEffect(() => {
    desktop?.setUiLanguage(i18n.language as UiLanguage);
  }, [desktop, i18n.language]);

  useEffect(() => desktop?.onMenuCommand((command) => applyEditCommand(command, document.activeElement, { undo, redo })), [desktop, undo, redo]);
}
