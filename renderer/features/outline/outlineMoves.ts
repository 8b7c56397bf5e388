/** The outline as moves need it: modules in order, each with its capsules' ids in order. */
export interface OutlineShape {
  modules: readonly { id: string; capsules: readonly { id: string }[] }[];
}

export type OutlineMove =
  | { kind: 'module'; id: string; toIndex: number }
  | { kind: 'capsule'; id: string; moduleId: string; toIndex: number };

/** Where a dragged row lands relative to the row under the pointer; "inside" puts a capsule at the end of a module. */
export type DropPlacement = 'before' | 'after' | 'inside';

interface Place {
  moduleIndex: number;
  /** -1 for a module row. */
  capsuleIndex: number;
}

function placeOf(outline: OutlineShape, id: string): Place | null {
  for (const [moduleIndex, module] of outline.modules.entries()) {
    if (module.id === id) return { moduleIndex, capsuleIndex: -1 };
    const capsuleIndex = module.capsules.findIndex((capsule) => capsule.id === id);
    if (capsuleIndex >= 0) return { moduleIndex, capsuleIndex };
  }
  return null;
}

/** Null when the move would leave the item where it is. */
function unlessInPlace(outline: OutlineShape, move: OutlineMove): OutlineMove | null {
  const place = placeOf(outline, move.id)!;
  if (move.kind === 'module') return place.moduleIndex === move.toIndex ? null : move;
  const sameModule = outline.modules[place.moduleIndex]!.id === move.moduleId;
  return sameModule && place.capsuleIndex === move.toIndex ? null : move;
}

/**
 * Alt+↑ / Alt+↓: a module swaps with its neighbour; a capsule moves among its siblings and, past
 * the first or last, into the end of the previous module or the start of the next one.
 * toIndex is the item's index once moved. Null when it cannot go further.
 */
export function keyboardMove(outline: OutlineShape, id: string, direction: -1 | 1): OutlineMove | null {
  const place = placeOf(outline, id);
  if (!place) return null;
  if (place.capsuleIndex < 0) {
    const toIndex = place.moduleIndex + direction;
    return toIndex < 0 || toIndex >= outline.modules.length ? null : { kind: 'module', id, toIndex };
  }
  const module = outline.modules[place.moduleIndex]!;
  const toIndex = place.capsuleIndex + direction;
  if (toIndex >= 0 && toIndex < module.capsules.length) return { kind: 'capsule', id, moduleId: module.id, toIndex };
  const neighbour = outline.modules[place.moduleIndex + direction];
  if (!neighbour) return null;
  return { kind: 'capsule', id, moduleId: neighbour.id, toIndex: direction < 0 ? neighbour.capsules.length : 0 };
}

/**
 * Where a drag and drop puts the dragged row: a module before or after another module; a capsule
 * before or after another capsule (in that capsule's module) or at the end of a module dropped on.
 * Null when the drop means nothing (a module onto a capsule, onto itself) or changes nothing.
 */
export function dropMove(outline: OutlineShape, draggedId: string, targetId: string, placement: DropPlacement): OutlineMove | null {
  const dragged = placeOf(outline, draggedId);
  const target = placeOf(outline, targetId);
  if (!dragged || !target || draggedId === targetId) return null;
  const offset = placement === 'after' ? 1 : 0;

  if (dragged.capsuleIndex < 0) {
    if (target.capsuleIndex >= 0 || placement === 'inside') return null;
    const others = outline.modules.filter((module) => module.id !== draggedId);
    const toIndex = others.findIndex((module) => module.id === targetId) + offset;
    return unlessInPlace(outline, { kind: 'module', id: draggedId, toIndex });
  }

  const module = outline.modules[target.moduleIndex]!;
  const siblings = module.capsules.filter((capsule) => capsule.id !== draggedId);
  const toIndex = target.capsuleIndex < 0 ? siblings.length : siblings.findIndex((capsule) => capsule.id === targetId) + offset;
  return unlessInPlace(outline, { kind: 'capsule', id: draggedId, moduleId: module.id, toIndex });
}
