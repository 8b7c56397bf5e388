import { useEffect, useRef, type RefObject } from 'react';

/**
 * When the place changes, moves focus to the new place's heading (once its lazily loaded view has
 * rendered it), so keyboard and screen reader users land on what they asked for. A view that put
 * focus somewhere inside itself keeps it; one that does so as it opens (the editor) is left alone.
 */
export function useFocusPlaceHeading(placeId: string, centre: RefObject<HTMLElement | null>, enabled: boolean): void {
  const shownPlace = useRef(placeId);
  useEffect(() => {
    const container = centre.current;
    if (shownPlace.current === placeId || !container) return;
    shownPlace.current = placeId;
    if (!enabled) return;
    const focusHeading = (): boolean => {
      if (container.contains(document.activeElement)) return true;
      // While the new view loads, Suspense keeps the previous one in the page, hidden: skip it.
      const heading = [...container.querySelectorAll<HTMLElement>('h1')].find((candidate) => candidate.getClientRects().length > 0);
      if (!heading) return false;
      heading.tabIndex = -1;
      heading.focus();
      return document.activeElement === heading;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(container, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
    return () => observer.disconnect();
  }, [placeId, centre, enabled]);
}
