import type { Capsule, Module } from './course';
import { byPosition } from './byPosition';
import { memoizeFrozenWith } from './memoizeFrozen';

/** Capsules by module order, then by position; kept while the (frozen) capsule list and the modules' order stay the same. */
const sortedCapsules = memoizeFrozenWith((capsules: Capsule[], moduleIdsInOrder: string): readonly Capsule[] => {
  const moduleOrder = new Map(moduleIdsInOrder.split('\n').map((id, index) => [id, index]));
  return [...capsules].sort((a, b) => (moduleOrder.get(a.moduleId) ?? 0) - (moduleOrder.get(b.moduleId) ?? 0) || byPosition(a, b));
});

/**
 * A course's capsules in reading order: by module, then by position. A renamed module or an edited
 * capsule's content does not sort 3,200 capsules again (only their order is the key). Do not change
 * the list returned.
 */
export function capsulesInCourseOrder(doc: { modules: readonly Module[]; capsules: Capsule[] }): readonly Capsule[] {
  return sortedCapsules(doc.capsules, [...doc.modules].sort(byPosition).map((module) => module.id).join('\n'));
}
