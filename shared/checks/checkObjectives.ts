import { alignmentStatuses } from '../authoring/alignmentMatrix';
import { makeFinding, type CheckContext } from './checkContext';
import type { Finding } from './finding';

/** Every module has an objective and every objective is assessed, as the alignment matrix shows it (same statuses). */
export function checkObjectives(context: CheckContext, findings: Finding[]): void {
  const { doc } = context;
  const modulesWithObjectives = new Set<string>();
  for (const objective of doc.objectives) if (objective.moduleId !== null) modulesWithObjectives.add(objective.moduleId);
  for (const capsule of context.capsules) if (capsule.objectiveIds.length > 0) modulesWithObjectives.add(capsule.moduleId);

  for (const module of context.modules) {
    if (!modulesWithObjectives.has(module.id)) {
      findings.push(makeFinding('module-without-objective', 'moduleWithoutObjective', { kind: 'module', id: module.id }, { title: module.title }));
    }
  }
  for (const { objective, status } of alignmentStatuses(doc)) {
    if (status === 'not-assessed' || status === 'neither') {
      findings.push(
        makeFinding('objective-not-assessed', 'objectiveNotAssessed', { kind: 'objective', id: objective.id }, { code: objective.code, text: objective.text }),
      );
    }
  }
}
