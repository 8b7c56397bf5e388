import { clientError } from './clientError';
import type { AppApi } from '../../shared/api/contract';
import { createApiClient } from './createApiClient';
import { createHttpTransport } from './createHttpTransport';
import { createBridgeTransport } from './createBridgeTransport';

/** The desktop bridge when the preload exposed it, else browser mode with the token the server put in the page. */
export function connectApi(win: Window = window): AppApi {
  if (win.spoc) return createApiClient(createBridgeTransport(win.spoc));
  const token = win.document.querySelector<HTMLMetaElement>('meta[name="spoc-token"]')?.content;
  if (!token) {
    throw clientError('internal', 'noSessionToken');
  }
  return createApiClient(createHttpTransport({ token }));
}
