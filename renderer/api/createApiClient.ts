/**
 * The renderer's only door to the backend: one typed client over either transport
 * (desktop bridge or local HTTP). It unwraps the envelope and rethrows failures as AppError.
 */
import { AppError } from '../../shared/api/appError';
import type { ApiMethod, AppApi } from '../../shared/api/contract';
import { API_METHOD_NAMES } from '../../shared/api/methodNames';
import type { ApiTransport } from './apiTransport';

export function createApiClient(transport: ApiTransport): AppApi {
  const client: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const method of API_METHOD_NAMES) {
    client[method] = async (input: unknown = {}) => {
      const result = await transport(method as ApiMethod, input);
      if (result.ok) return result.value;
      throw new AppError(result.error.code, result.error.message, result.error.text);
    };
  }
  return client as unknown as AppApi;
}
