import { AppError, type ApiResult } from '../../shared/api/appError';
import { clientError } from './clientError';
import type { ImportedMedia } from '../../shared/api/mediaCalls';
import { MAX_MEDIA_BYTES, mediaFileNameProblem, mediaFileTypeOf } from '../../shared/media/mediaFileTypes';

/** Sends one file the user picked or dropped into the media library; resolves with the assets added. */
export type MediaUploader = (file: File) => Promise<ImportedMedia>;

/**
 * Browser mode: streams the file's bytes to POST /media-upload with the session token (the browser
 * reads the file from disk as it sends; nothing is loaded whole). Null on the desktop, where files
 * come through importMedia's native dialog.
 */
export function connectMediaUploader(win: Window = window, fetchImpl: typeof fetch = globalThis.fetch?.bind(globalThis)): MediaUploader | null {
  if (win.spoc) return null;
  const token = win.document.querySelector<HTMLMetaElement>('meta[name="spoc-token"]')?.content;
  if (!token) return null;
  return async (file) => {
    const type = mediaFileTypeOf(file.name);
    const problem = mediaFileNameProblem(file.name);
    if (problem) throw clientError('invalid-input', problem.key, problem.params);
    if (!type) throw clientError('invalid-input', 'mediaTypeRefused', { name: file.name });
    if (file.size > MAX_MEDIA_BYTES) throw clientError('invalid-input', 'mediaTooLarge', { name: file.name, megabytes: MAX_MEDIA_BYTES / 1024 / 1024 });
    let response: Response;
    try {
      response = await fetchImpl('/media-upload', {
        method: 'POST',
        headers: { 'content-type': type.mimeType, 'x-spoc-token': token, 'x-spoc-file-name': encodeURIComponent(file.name) },
        body: file,
      });
    } catch (cause) {
      throw clientError('internal', 'uploadFailed', { name: file.name, detail: String(cause) });
    }
    const body = (await response.json().catch(() => undefined)) as ApiResult<ImportedMedia> | undefined;
    if (body?.ok === true) return body.value;
    if (body?.ok === false) throw new AppError(body.error.code, body.error.message, body.error.text);
    throw clientError('internal', 'uploadBadAnswer', { name: file.name, status: response.status });
  };
}
