import { makeFinding, type CheckContext } from './checkContext';
import type { Finding } from './finding';

/** Capsule kinds whose objectives count as assessed: the learner produces something that is evaluated. */
const ASSESSING_KINDS = new Set(['activity', 'assessment']);

/** Every module has an objective and every objective is assessed by a question or an activity. */
export function checkObjectives(context: CheckContext, findings: Finding[]): void {
  const { doc } = context;
  const modulesWithObjectives = new Set<string>();
  for (const objective of doc.objectives) if (objective.moduleId !== null) modulesWithObjectives.add(objective.moduleId);
  const assessed = new Set<string>();
  for (const question of doc.questions) for (const id of question.objectiveIds) assessed.add(id);
  for (const capsule of context.capsules) {
    if (capsule.objectiveIds.length > 0) modulesWithObjectives.add(capsule.moduleId);
    if (ASSESSING_KINDS.has(capsule.kind) || (context.questionCounts.get(capsule.id) ?? 0) > 0) {
      for (const id of capsule.objectiveIds) assessed.add(id);
    }
  }

  for (const module of context.modules) {
    if (!modulesWithObjectives.has(module.id)) {
      findings.push(makeFinding('module-without-objective', 'moduleWithoutObjective', { kind: 'module', id: module.id }, { title: module.title }));
    }
  }
  for (const objective of doc.objectives) {
    if (!assessed.has(objective.id)) {
      findings.push(
        makeFinding('objective-not-assessed', 'objectiveNotAssessed', { kind: 'objective', id: objective.id }, { code: objective.code, text: objective.text }),
      );
    }
  }
}
