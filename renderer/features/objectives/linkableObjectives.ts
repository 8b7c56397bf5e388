import type { Objective } from '../../../shared/model/course';
import { byPosition } from '../../../shared/model/byPosition';

/** Objectives a capsule (or its quiz's questions) may teach or assess: the course's first, then its module's. */
export function linkableObjectives(objectives: readonly Objective[], moduleId: string): Objective[] {
  return objectives
    .filter((objective) => objective.moduleId === null || objective.moduleId === moduleId)
    .sort((a, b) => (a.moduleId === b.moduleId ? byPosition(a, b) : a.moduleId === null ? -1 : 1));
}
