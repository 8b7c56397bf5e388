/**
 * In browser mode the server hands out what an export wrote at /exports/<file name>, with the
 * session token; null in the desktop app (the file is already where the user chose) or without a token.
 */
export function exportDownloadUrl(filePath: string, win: Window = window): string | null {
  if (win.spoc) return null;
  const token = win.document.querySelector<HTMLMetaElement>('meta[name="spoc-token"]')?.content;
  const fileName = filePath.split(/[\\/]/).pop();
  if (!token || !fileName) return null;
  return `/exports/${encodeURIComponent(fileName)}?token=${encodeURIComponent(token)}`;
}
