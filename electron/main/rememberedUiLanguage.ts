import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isUiLanguage } from '../../shared/api/desktopChannels';
import type { Language } from '../../shared/model/course';

const FILE = 'ui-language.json';

/**
 * The window's FR/EN choice, kept between launches so that the next start speaks it from the first
 * moment: menus, dialogs, and Chromium's date and time fields (which follow the locale given at start).
 */
export function readRememberedUiLanguage(appDataDir: string): Language | null {
  try {
    const remembered: unknown = JSON.parse(readFileSync(path.join(appDataDir, FILE), 'utf8'));
    return isUiLanguage(remembered) ? remembered : null;
  } catch {
    return null;
  }
}

export function rememberUiLanguage(appDataDir: string, language: Language): void {
  try {
    mkdirSync(appDataDir, { recursive: true });
    writeFileSync(path.join(appDataDir, FILE), JSON.stringify(language));
  } catch {
    // Not writable: the next start follows the system until the window says again.
  }
}
