import { AppError, type ApiResult } from '../../shared/api/appError';
import { clientError } from './clientError';
import type { ImportPreview } from '../../shared/api/importCalls';

/**
 * Browser mode: streams the Word document or SCORM package the user picked to POST /import-upload
 * with the session token; the server stages it and answers its preview. Null on the desktop, where
 * stageImport shows the native open dialog instead.
 */
export function connectImportUploader(win: Window = window, fetchImpl: typeof fetch = globalThis.fetch?.bind(globalThis)): ((file: File) => Promise<ImportPreview | null>) | null {
  if (win.spoc) return null;
  const token = win.document.querySelector<HTMLMetaElement>('meta[name="spoc-token"]')?.content;
  if (!token) return null;
  return async (file) => {
    let response: Response;
    try {
      response = await fetchImpl('/import-upload', {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', 'x-spoc-token': token, 'x-spoc-file-name': encodeURIComponent(file.name) },
        body: file,
      });
    } catch (cause) {
      throw clientError('internal', 'uploadFailed', { name: file.name, detail: String(cause) });
    }
    const body = (await response.json().catch(() => undefined)) as ApiResult<ImportPreview | null> | undefined;
    if (body?.ok === true) return body.value;
    if (body?.ok === false) throw new AppError(body.error.code, body.error.message, body.error.text);
    throw clientError('internal', 'uploadBadAnswer', { name: file.name, status: response.status });
  };
}
