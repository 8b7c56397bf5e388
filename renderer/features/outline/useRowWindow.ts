import { useLayoutEffect, useState, type RefObject } from 'react';
import { rowIndexAt, type OutlineRow } from './outlineRows';
import { useScreenHeight } from './useScreenHeight';

/** Rows [start, end) of a list to keep in the DOM. */
export interface RowRange {
  start: number;
  end: number;
}

type Placed = Pick<OutlineRow, 'top' | 'height'>;

/** The rows that meet the band [from, to] of the list, in list coordinates. */
function rowsMeeting(rows: readonly Placed[], from: number, to: number): RowRange {
  return { start: rowIndexAt(rows, from), end: Math.min(rows.length, rowIndexAt(rows, to) + 1) };
}

/** True when the rendered range still covers the band, or reaches the list's end on that side. */
function covers(rows: readonly Placed[], range: RowRange, from: number, to: number): boolean {
  const first = rows[range.start];
  const last = rows[range.end - 1];
  if (!first || !last) return rows.length === 0;
  return (range.start === 0 || first.top <= from) && (range.end === rows.length || last.top + last.height >= to);
}

/**
 * Windowing for a long list of fixed-height rows: the rows on screen plus one screen above and below.
 * It follows any scroll (the page or a scrolling ancestor) and only re-renders when the visible band
 * gets within half a screen of the rendered range's edge, so scrolling costs a render every half screen.
 * The first frame renders only the rows on screen, so the page paints sooner; the screens around them
 * are added right after that paint.
 */
export function useRowWindow(list: RefObject<HTMLElement | null>, rows: readonly Placed[]): RowRange {
  const screenHeight = useScreenHeight();
  const [range, setRange] = useState<RowRange>(() => rowsMeeting(rows, 0, screenHeight));
  // Screens rendered beyond the visible one on each side: none until the first paint.
  const [overscan, setOverscan] = useState(0);
  useLayoutEffect(() => {
    if (overscan > 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs before that frame's paint; the task it queues, after it.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setOverscan(1))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [overscan]);
  useLayoutEffect(() => {
    const update = () => {
      const element = list.current;
      if (!element) return;
      const screen = window.innerHeight;
      const top = -element.getBoundingClientRect().top;
      const margin = overscan * screen;
      setRange((previous) =>
        covers(rows, previous, top - margin / 2, top + screen + margin / 2) && previous.end <= rows.length
          ? previous
          : rowsMeeting(rows, top - margin, top + screen + margin),
      );
    };
    update();
    document.addEventListener('scroll', update, { capture: true, passive: true });
    window.addEventListener('resize', update);
    return () => {
      document.removeEventListener('scroll', update, { capture: true });
      window.removeEventListener('resize', update);
    };
  }, [list, rows, overscan]);
  return range;
}
