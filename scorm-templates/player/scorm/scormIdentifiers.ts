import type { ScormDialect } from './scormDialect';

// 1.2 CMIIdentifier is alphanumeric without spaces; 2004 takes URN-like long identifiers.
const compact = (uuid: string) => uuid.replace(/[^0-9A-Za-z]/g, '');

/** cmi.interactions.n.id for a question in a quiz attempt: retries get their own ids, never duplicates. */
export function interactionId(dialect: ScormDialect, questionId: string, attempt = 1): string {
  const retry = attempt > 1 ? `${dialect === '1.2' ? '_' : ':'}${attempt}` : '';
  return dialect === '1.2' ? `q${compact(questionId)}${retry}` : `urn:spoc:question:${compact(questionId)}${retry}`;
}

/** cmi.objectives.n.id for a course objective (also what the manifest must declare for 2004). */
export function objectiveId(dialect: ScormDialect, courseObjectiveId: string): string {
  return dialect === '1.2' ? `o${compact(courseObjectiveId)}` : `urn:spoc:objective:${compact(courseObjectiveId)}`;
}

/**
 * cmi.interactions.n.id for a decision in a scenario: capsule, scenario, situation, then the step in
 * the run (a path may come back to a situation) and the run (each restart its own ids).
 */
export function scenarioInteractionId(dialect: ScormDialect, capsuleId: string, scenarioId: string, situationId: string, step: number, attempt: number): string {
  const separator = dialect === '1.2' ? '_' : ':';
  const parts = [compact(capsuleId), scenarioId, situationId, String(step), ...(attempt > 1 ? [String(attempt)] : [])];
  return dialect === '1.2' ? `s${parts.join(separator)}` : `urn:spoc:scenario:${parts.join(separator)}`;
}
