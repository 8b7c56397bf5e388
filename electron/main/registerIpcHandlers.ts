import type { IpcMain, WebFrameMain } from 'electron';
import type { ApiResult } from '../../shared/api/appError';
import { API_METHOD_NAMES, ipcChannelOf } from '../../shared/api/methodNames';
import type { AppApi, ApiMethod } from '../../shared/api/contract';
import { callApi } from '../services/callApi';

/**
 * One ipcMain.handle per API call. A call is served only when it comes from a frame showing our
 * own UI; its input is then validated against the contract by callApi, which answers the envelope.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  api: AppApi,
  isTrustedSender: (frame: WebFrameMain | null) => boolean,
  /** Told of every answered call, so the shell can follow what the window opened (recent documents). */
  afterCall: (method: ApiMethod, result: ApiResult<unknown>) => void = () => {},
): void {
  for (const method of API_METHOD_NAMES) {
    ipcMain.handle(ipcChannelOf(method), async (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        throw new Error(`Refused ${method}: the request did not come from the SPOC Studio window.`);
      }
      const result = await callApi(api, method, input);
      afterCall(method, result);
      return result;
    });
  }
}
