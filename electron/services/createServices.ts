/**
 * The services room: Node-only code that does the work behind the API (project files, media, export…).
 * It imports shared/ and Node, never electron, so the desktop app, the CLI, the browser-mode server
 * and tests all run it. This file is its composition root: each domain adds ONE line to DOMAINS.
 */
import path from 'node:path';
import { AppError } from '../../shared/api/appError';
import type { ApiMethod, AppApi } from '../../shared/api/contract';
import { compactionCalls } from '../../shared/api/compactionCalls';
import { exportCalls } from '../../shared/api/exportCalls';
import { importCalls } from '../../shared/api/importCalls';
import { lmsTestCalls } from '../../shared/api/lmsTestCalls';
import { mediaCalls } from '../../shared/api/mediaCalls';
import { pacingCalls } from '../../shared/api/pacingCalls';
import { previewCalls } from '../../shared/api/previewCalls';
import { reviewCalls } from '../../shared/api/reviewCalls';
import { storyboardCalls } from '../../shared/api/storyboardCalls';
import { authoringDomain } from './authoring/authoringDomain';
import { withUndoHistory } from './authoring/withUndoHistory';
import { outlineService } from './outline/outlineService';
import { holdWritesUntilChecked } from './project/holdWritesUntilChecked';
import { projectService } from './project/projectService';
import { sweepStaleTemporaryFiles } from './project/temporaryFiles';
import { lazyDomain } from './lazyDomain';
import { createServiceContext, type ServiceDomain } from './serviceContext';
import type { ServiceOptions } from './serviceOptions';

const DOMAINS = [
  projectService,
  outlineService,
  authoringDomain,
  // Loaded at their first call: a start needs none of them, and some bring heavy libraries.
  lazyDomain(pacingCalls, () => import('./pacing/pacingService').then((module) => module.pacingService)),
  lazyDomain(exportCalls, () => import('./export/exportService').then((module) => module.exportService)),
  lazyDomain(previewCalls, () => import('./preview/previewService').then((module) => module.previewService)),
  lazyDomain(mediaCalls, () => import('./media/mediaService').then((module) => module.mediaService)),
  lazyDomain(storyboardCalls, () => import('./storyboard/storyboardService').then((module) => module.storyboardService)),
  lazyDomain(reviewCalls, () => import('./review/reviewService').then((module) => module.reviewService)),
  lazyDomain(compactionCalls, () => import('./project/compactionService').then((module) => module.compactionService)),
  lazyDomain(importCalls, () => import('./interchange/importService').then((module) => module.importService)),
  lazyDomain(lmsTestCalls, () => import('./lmsTest/lmsTestService').then((module) => module.lmsTestService)),
] as const;

type UnionToIntersection<U> = (U extends unknown ? (union: U) => void : never) extends (both: infer I) => void ? I : never;
type Implemented = keyof UnionToIntersection<ReturnType<(typeof DOMAINS)[number]>>;
/** Names of contract calls no domain implements; tsc reports them here. */
type MissingCalls = Exclude<ApiMethod, Implemented>;
export type EveryCallImplemented = [MissingCalls] extends [never] ? true : MissingCalls;

/** Builds the API over every domain; dispose() closes the open project. */
export function createServices(options: ServiceOptions): AppApi & { dispose(): void } {
  // What a killed process left in the workspace (half-made projects, partial exports) goes at start.
  for (const dir of [options.workspaceDir, path.join(options.workspaceDir, 'exports')]) sweepStaleTemporaryFiles(dir);
  const { context, dispose } = createServiceContext(options);
  const api: Partial<Record<ApiMethod, unknown>> = {};
  for (const domain of DOMAINS as readonly ServiceDomain[]) {
    for (const [method, implementation] of Object.entries(domain(context))) {
      if (method in api) throw new AppError('internal', `Two service domains implement "${method}".`);
      api[method as ApiMethod] = implementation;
    }
  }
  return { ...holdWritesUntilChecked(withUndoHistory(api as AppApi, context), context), dispose };
}
