import { useLayoutEffect, useState, type RefObject } from 'react';
import { rowIndexAt, type OutlineRow } from './outlineRows';

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
 */
export function useRowWindow(list: RefObject<HTMLElement | null>, rows: readonly Placed[]): RowRange {
  const [range, setRange] = useState<RowRange>(() => rowsMeeting(rows, 0, 2 * window.innerHeight));
  useLayoutEffect(() => {
    const update = () => {
      const element = list.current;
      if (!element) return;
      const screen = window.innerHeight;
      const top = -element.getBoundingClientRect().top;
      setRange((previous) =>
        covers(rows, previous, top - screen / 2, top + 1.5 * screen) && previous.end <= rows.length ? previous : rowsMeeting(rows, top - screen, top + 2 * screen),
      );
    };
    update();
    document.addEventListener('scroll', update, { capture: true, passive: true });
    window.addEventListener('resize', update);
    return () => {
      document.removeEventListener('scroll', update, { capture: true });
      window.removeEventListener('resize', update);
    };
  }, [list, rows]);
  return range;
}
