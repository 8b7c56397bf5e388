/**
 * Every UI string, by namespace. Each feature keeps its catalog in its own file beside this one
 * and adds one line here; a test checks French and English have the same keys.
 */
import { app } from './app';
import { common } from './common';
import { exportMessages } from './exportMessages';
import { menu } from './menu';
import { outline } from './outline';
import { player } from './player';
import { pacing } from './pacing';
import { welcome } from './welcome';

export const catalogs = {
  menu,
  common,
  app,
  welcome,
  outline,
  export: exportMessages,
  player,
  pacing,
};

export type Namespace = keyof typeof catalogs;
export const SUPPORTED_LANGUAGES = ['fr', 'en'] as const;
