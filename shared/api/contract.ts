/**
 * The typed API contract: every call the renderer can make, with its input and output schemas.
 * Pure TypeScript: imports only zod and shared/model. Desktop IPC, the browser-mode HTTP server
 * and tests all serve this one contract.
 */
import type { z } from 'zod';
import { authoringCalls } from './authoringCalls';
import { compactionCalls } from './compactionCalls';
import type { CallEffect, CallSpec } from './defineCall';
import { exportCalls } from './exportCalls';
import { importCalls } from './importCalls';
import { lmsTestCalls } from './lmsTestCalls';
import { mediaCalls } from './mediaCalls';
import type { API_METHOD_NAMES } from './methodNames';
import { outlineCalls } from './outlineCalls';
import { pacingCalls } from './pacingCalls';
import { previewCalls } from './previewCalls';
import { projectCalls } from './projectCalls';
import { storyboardCalls } from './storyboardCalls';
import { reviewCalls } from './reviewCalls';

type MethodName = (typeof API_METHOD_NAMES)[number];
/** Checks the contract against API_METHOD_NAMES (the preload's list): tsc fails on a call missing from it or a name with no call. */
const namedCalls = <T extends Record<MethodName, CallSpec> & Record<Exclude<keyof T, MethodName>, never>>(calls: T): T => calls;

export const apiContract = namedCalls({
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
});

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<ApiContract[M]['output']>;

/** What the backend offers: one async method per call, one object argument each. */
export type AppApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> };

/** The calls of one effect, from the contract: what the undo history and the write guard wrap. */
export const callsWithEffect = (...effects: CallEffect[]): ApiMethod[] =>
  (Object.keys(apiContract) as ApiMethod[]).filter((method) => effects.includes(apiContract[method].effect));
