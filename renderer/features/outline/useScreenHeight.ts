import { createContext, useContext, useSyncExternalStore } from 'react';
import { DEFAULT_SCREEN_HEIGHT } from '../../../shared/api/firstScreen';

/**
 * The screen height the server rendered the page's first screen for (renderer/firstScreen): the
 * server's render, and the page's hydration of it, render rows for that height. The page renders for
 * its window's real height right after hydrating.
 */
export const FirstScreenHeight = createContext(DEFAULT_SCREEN_HEIGHT);

function subscribeToResize(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

/** The window's inner height; on the server, and while hydrating what it rendered, the height it rendered for. */
export function useScreenHeight(): number {
  const rendered = useContext(FirstScreenHeight);
  return useSyncExternalStore(subscribeToResize, () => window.innerHeight, () => rendered);
}
