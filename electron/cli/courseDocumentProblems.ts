import type { z } from 'zod';
import { CourseDocumentSchema, type CourseDocument } from '../../shared/model/courseDocument';

function issuePath(document: unknown, issue: z.core.$ZodIssue): string {
  const [table, index, ...rest] = issue.path;
  if (typeof table !== 'string') return 'document';
  if (typeof index !== 'number') return [table, index, ...rest].filter((part) => part !== undefined).join('.');
  const rows = (document as Record<string, unknown>)[table];
  const row = Array.isArray(rows) ? (rows[index] as { id?: unknown } | undefined) : undefined;
  const id = typeof row?.id === 'string' ? ` (id ${row.id})` : '';
  return `${table}[${index}]${id}${rest.length > 0 ? ` ${rest.join('.')}` : ''}`;
}

/** Rows of the same table sharing an id, and siblings sharing a position (their order would be undefined). */
function duplicateProblems(document: CourseDocument): string[] {
  const problems: string[] = [];
  const tables = ['objectives', 'modules', 'capsules', 'quizzes', 'questions', 'media', 'cohorts', 'liveSessions'] as const;
  for (const table of tables) {
    const seen = new Set<string>();
    for (const row of document[table]) {
      if (seen.has(row.id)) problems.push(`${table}: id ${row.id} is used twice`);
      seen.add(row.id);
    }
  }
  const siblingGroups: Array<[string, Array<{ id: string; position: string }>]> = [
    ['modules', document.modules],
    ...document.modules.map((module): [string, Array<{ id: string; position: string }>] => [
      `capsules of module "${module.title}"`,
      document.capsules.filter((capsule) => capsule.moduleId === module.id),
    ]),
  ];
  for (const [label, siblings] of siblingGroups) {
    const positions = new Set<string>();
    for (const sibling of siblings) {
      if (positions.has(sibling.position)) problems.push(`${label}: two items share the position "${sibling.position}"`);
      positions.add(sibling.position);
    }
  }
  return problems;
}

/** References between rows that point at nothing. */
function referenceProblems(document: CourseDocument): string[] {
  const problems: string[] = [];
  const ids = (rows: Array<{ id: string }>) => new Set(rows.map((row) => row.id));
  const modules = ids(document.modules);
  const capsules = ids(document.capsules);
  const quizzes = ids(document.quizzes);
  const objectives = ids(document.objectives);
  const expect = (exists: boolean, where: string, what: string) => {
    if (!exists) problems.push(`${where} refers to ${what}, which does not exist`);
  };
  for (const objective of document.objectives) {
    if (objective.moduleId !== null) expect(modules.has(objective.moduleId), `objective ${objective.id}`, `module ${objective.moduleId}`);
  }
  for (const capsule of document.capsules) {
    expect(modules.has(capsule.moduleId), `capsule ${capsule.id}`, `module ${capsule.moduleId}`);
    for (const objectiveId of capsule.objectiveIds) expect(objectives.has(objectiveId), `capsule ${capsule.id}`, `objective ${objectiveId}`);
  }
  for (const quiz of document.quizzes) expect(capsules.has(quiz.capsuleId), `quiz ${quiz.id}`, `capsule ${quiz.capsuleId}`);
  for (const question of document.questions) {
    expect(quizzes.has(question.quizId), `question ${question.id}`, `quiz ${question.quizId}`);
    for (const objectiveId of question.objectiveIds) expect(objectives.has(objectiveId), `question ${question.id}`, `objective ${objectiveId}`);
  }
  for (const session of document.liveSessions) {
    if (session.moduleId !== null) expect(modules.has(session.moduleId), `live session ${session.id}`, `module ${session.moduleId}`);
  }
  return problems;
}

/**
 * What is wrong with a course document, one readable line per problem: every row against the
 * model's schema, then ids, sibling positions and references between rows. Empty when sound.
 */
export function courseDocumentProblems(document: unknown): string[] {
  const parsed = CourseDocumentSchema.safeParse(document);
  if (!parsed.success) return parsed.error.issues.map((issue) => `${issuePath(document, issue)}: ${issue.message}`);
  return [...duplicateProblems(parsed.data), ...referenceProblems(parsed.data)];
}
