/**
 * Every UI string, by namespace. Each feature keeps its catalog in its own file beside this one
 * and adds one line here; a test checks French and English have the same keys.
 */
import { app } from './app';
import { authoring } from './authoring';
import { checks } from './checks';
import { common } from './common';
import { editor } from './editor';
import { errors } from './errors';
import { exportMessages } from './exportMessages';
import { lmsTest } from './lmsTest';
import { framing } from './framing';
import { media } from './media';
import { menu } from './menu';
import { objectives } from './objectives';
import { outline } from './outline';
import { pacing } from './pacing';
import { player } from './player';
import { quiz } from './quiz';
import { storyboard } from './storyboard';
import { review } from './review';
import { reviewPack } from './reviewPack';
import { welcome } from './welcome';
import type { SUPPORTED_LANGUAGES } from './languages';

export const catalogs = {
  menu,
  common,
  app,
  welcome,
  outline,
  export: exportMessages,
  lmsTest,
  player,
  pacing,
  checks,
  authoring,
  framing,
  objectives,
  editor,
  quiz,
  media,
  storyboard,
  reviewPack,
  review,
  errors,
};

export type Namespace = keyof typeof catalogs;
export { SUPPORTED_LANGUAGES } from './languages';

/** Every namespace's strings in one language (the renderer loads only the interface's language). */
export function catalogsIn(language: (typeof SUPPORTED_LANGUAGES)[number]): Record<Namespace, Record<string, string>> {
  return Object.fromEntries(Object.entries(catalogs).map(([namespace, catalog]) => [namespace, catalog[language]])) as Record<Namespace, Record<string, string>>;
}
