/**
 * The typed API contract: every call the renderer can make, with its input and output schemas.
 * Pure TypeScript: imports only zod and shared/model. Desktop IPC, the browser-mode HTTP server
 * and tests all serve this one contract.
 */
import type { z } from 'zod';
import { authoringCalls } from './authoringCalls';
import { compactionCalls } from './compactionCalls';
import type { CallSpec } from './defineCall';
import { exportCalls } from './exportCalls';
import { importCalls } from './importCalls';
import { lmsTestCalls } from './lmsTestCalls';
import { mediaCalls } from './mediaCalls';
import { outlineCalls } from './outlineCalls';
import { pacingCalls } from './pacingCalls';
import { previewCalls } from './previewCalls';
import { projectCalls } from './projectCalls';
import { storyboardCalls } from './storyboardCalls';
import { reviewCalls } from './reviewCalls';

export const apiContract = {
  ...projectCalls,
  ...outlineCalls,
  ...authoringCalls,
  ...pacingCalls,
  ...exportCalls,
  ...previewCalls,
  ...mediaCalls,
  ...storyboardCalls,
  ...reviewCalls,
  ...compactionCalls,
  ...importCalls,
  ...lmsTestCalls,
} satisfies Record<string, CallSpec>;

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<ApiContract[M]['output']>;

/** What the backend offers: one async method per call, one object argument each. */
export type AppApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> };
