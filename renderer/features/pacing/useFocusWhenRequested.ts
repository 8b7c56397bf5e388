import { useEffect, type RefObject } from 'react';

/** Focuses the element once `requested` turns true (a moved card reappears in another column), then reports it done. */
export function useFocusWhenRequested(element: RefObject<HTMLElement | null>, requested: boolean, onDone: () => void): void {
  useEffect(() => {
    if (!requested) return;
    element.current?.focus();
    onDone();
  }, [element, requested, onDone]);
}
