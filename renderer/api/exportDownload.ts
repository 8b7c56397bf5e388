import type { ExportedFile } from '../../shared/api/pacingCalls';

/**
 * Where browser mode serves a file an export wrote (GET /exports/<name> with the session token),
 * or null on the desktop, where the user already chose the file's place in a dialog.
 */
export function exportDownloadUrl(file: Pick<ExportedFile, 'fileName'>, win: Pick<Window, 'spoc' | 'document'> = window): string | null {
  if (win.spoc) return null;
  const token = win.document.querySelector<HTMLMetaElement>('meta[name="spoc-token"]')?.content;
  if (!token) return null;
  return `/exports/${encodeURIComponent(file.fileName)}?token=${encodeURIComponent(token)}`;
}

/** Hands an exported file to the browser's downloads; false on the desktop (nothing to do there). */
export function downloadExportedFile(file: Pick<ExportedFile, 'fileName'>, win: Window = window): boolean {
  const url = exportDownloadUrl(file, win);
  if (!url) return false;
  const link = win.document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  win.document.body.append(link);
  link.click();
  link.remove();
  return true;
}
