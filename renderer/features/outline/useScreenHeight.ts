import { createContext, useContext, useSyncExternalStore } from 'react';
import { DEFAULT_SCREEN_HEIGHT } from '../../../shared/api/firstScreen';

/**
 * The screen height the server rendered the page's first screen for (renderer/firstScreen): the
 * server's render, and the page's hydration of it, render rows for that height. The page renders for
 * its window's real height right after hydrating.
 */
export const FirstScreenHeight = createContext(DEFAULT_SCREEN_HEIGHT);

// Only the first value is used (the row window's first state; it follows resizes itself): a resize
// need not render the outline again.
const noChangesHeard = () => () => {};

/** The window's inner height when first asked; on the server, and while hydrating what it rendered, the height it rendered for. */
export function useScreenHeight(): number {
  const rendered = useContext(FirstScreenHeight);
  return useSyncExternalStore(noChangesHeard, () => window.innerHeight, () => rendered);
}
