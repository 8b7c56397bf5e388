/**
 * Electron entry (bundled to out/main/main.cjs). The desktop shell lives in startDesktopApp;
 * this file only starts it.
 */
import { startDesktopApp } from './startDesktopApp';

startDesktopApp();
