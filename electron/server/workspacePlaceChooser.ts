import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PlaceChooser } from '../services/serviceOptions';
import { safeFileName } from './safeFileName';

/** A path in dir for fileName that no file uses yet: "Title.spoc", then "Title (2).spoc", … */
function unusedPath(dir: string, fileName: string): string {
  const extension = path.extname(fileName);
  const stem = fileName.slice(0, fileName.length - extension.length);
  for (let copy = 1; ; copy += 1) {
    const candidate = path.join(dir, copy === 1 ? fileName : `${stem} (${copy})${extension}`);
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * Browser mode has no native dialogs: new projects go into the workspace folder and exports into
 * its exports/ folder (served for download at /exports/<file>), under safe, unique names.
 */
export function workspacePlaceChooser(workspaceDir: string): PlaceChooser {
  const exportsDir = path.join(workspaceDir, 'exports');
  return {
    async chooseNewProjectPath(suggestedFileName) {
      mkdirSync(workspaceDir, { recursive: true });
      return unusedPath(workspaceDir, safeFileName(suggestedFileName, '.spoc'));
    },
    async chooseExportPath(suggestedFileName) {
      mkdirSync(exportsDir, { recursive: true });
      return unusedPath(exportsDir, safeFileName(suggestedFileName, path.extname(suggestedFileName) || '.zip'));
    },
    // Side by side in exports/, where the browser downloads each one.
    async chooseExportFolder() {
      mkdirSync(exportsDir, { recursive: true });
      return exportsDir;
    },
    async chooseProjectToOpen() {
      return null;
    },
  };
}
