import type { LiveSessionKind } from '../model/course';

/** Key of a live-session kind's label in the pacing catalog. */
export const LIVE_SESSION_KIND_KEY = {
  'virtual-class': 'kindVirtualClass',
  coaching: 'kindCoaching',
  'group-work': 'kindGroupWork',
} as const satisfies Record<LiveSessionKind, string>;
