import type { ApiResult } from '../../shared/api/appError';
import type { ApiMethod } from '../../shared/api/contract';

/** Carries one call to the backend and brings back its envelope; it never throws for a failed call. */
export type ApiTransport = (method: ApiMethod, input: unknown) => Promise<ApiResult<unknown>>;
