/**
 * Every UI string, by namespace. Each feature keeps its catalog in its own file beside this one
 * and adds one line here; a test checks French and English have the same keys.
 */
import { common } from './common';

export const catalogs = {
  common,
};

export type Namespace = keyof typeof catalogs;
export const SUPPORTED_LANGUAGES = ['fr', 'en'] as const;
