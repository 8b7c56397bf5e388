import type { OutlineCapsule, OutlineModule } from '../../../shared/api/outlineCalls';
import type { ShownModule } from './searchOutline';
import type { VisibleTreeItem } from './treeKeyAction';

/**
 * Row heights in pixels. Every row has a fixed height so the tree knows where each one sits without
 * rendering it (only the rows near the screen are in the DOM); outline.css draws the same boxes.
 */
export const ROW_LAYOUT = {
  /** Top border, 52 px of row, bottom border (the card's divider, or its end when closed). */
  module: 54,
  capsule: 40,
  /** Breathing space above the first and below the last capsule of a card. */
  capsuleInset: 4,
  /** The card's bottom border, drawn by its last capsule. */
  cardEnd: 1,
  /** Space between two module cards. */
  gap: 12,
} as const;

/** One row of the flat treegrid: where it sits, and what it says to assistive technology. */
export interface OutlineRow extends VisibleTreeItem {
  kind: 'module' | 'capsule';
  module: OutlineModule;
  /** 1-based number of the module in the whole course (a search keeps it). */
  moduleNumber: number;
  capsule?: OutlineCapsule;
  level: 1 | 2;
  /** 1-based place among all the rows, rendered or not (aria-rowindex). */
  rowIndex: number;
  posInSet: number;
  setSize: number;
  /** Distance in pixels from the top of the tree, and the row's own height. */
  top: number;
  height: number;
  /** The last row of its module's card, which draws the card's bottom edge. */
  lastInCard: boolean;
}

/** The rows a screen reader and the keyboard walk through, in order, with their positions. */
export function outlineRows(shown: readonly ShownModule[], isExpanded: (module: OutlineModule) => boolean): { rows: OutlineRow[]; height: number } {
  const rows: OutlineRow[] = [];
  let top = 0;
  shown.forEach(({ module, number }, moduleIndex) => {
    if (moduleIndex > 0) top += ROW_LAYOUT.gap;
    const expandable = module.capsules.length > 0;
    const expanded = expandable && isExpanded(module);
    const common = { module, moduleNumber: number };
    rows.push({
      ...common,
      id: module.id,
      parentId: null,
      expandable,
      expanded,
      kind: 'module',
      level: 1,
      rowIndex: rows.length + 1,
      posInSet: moduleIndex + 1,
      setSize: shown.length,
      top,
      height: ROW_LAYOUT.module,
      lastInCard: !expanded,
    });
    top += ROW_LAYOUT.module;
    if (!expanded) return;
    module.capsules.forEach((capsule, index) => {
      const first = index === 0;
      const last = index === module.capsules.length - 1;
      const height = ROW_LAYOUT.capsule + (first ? ROW_LAYOUT.capsuleInset : 0) + (last ? ROW_LAYOUT.capsuleInset + ROW_LAYOUT.cardEnd : 0);
      rows.push({
        ...common,
        id: capsule.id,
        parentId: module.id,
        expandable: false,
        expanded: false,
        kind: 'capsule',
        capsule,
        level: 2,
        rowIndex: rows.length + 1,
        posInSet: index + 1,
        setSize: module.capsules.length,
        top,
        height,
        lastInCard: last,
      });
      top += height;
    });
  });
  return { rows, height: top };
}

/** Index of the first row whose bottom is below `offset` (rows are sorted by top). */
export function rowIndexAt(rows: readonly Pick<OutlineRow, 'top' | 'height'>[], offset: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const row = rows[middle]!;
    if (row.top + row.height <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A row's place for assistive technology (the DOM holds only some rows) and on screen. */
export function rowPlacement(row: OutlineRow) {
  return {
    'aria-level': row.level,
    'aria-rowindex': row.rowIndex,
    'aria-posinset': row.posInSet,
    'aria-setsize': row.setSize,
    'aria-expanded': row.expandable ? row.expanded : undefined,
    style: { top: row.top, height: row.height },
  };
}
