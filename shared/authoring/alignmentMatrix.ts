import type { Capsule, CapsuleKind, Module, Objective, Question, Quiz } from '../model/course';
import { byPosition } from '../model/byPosition';
import { memoizeFrozen } from '../model/memoizeFrozen';

/** Capsule kinds whose objectives count as assessed: the learner produces work that is evaluated (case study, forum). */
export const ASSESSING_CAPSULE_KINDS: ReadonlySet<CapsuleKind> = new Set(['activity']);

/** One objective × module cell: is the objective taught there (a capsule) and assessed there (a question or an activity)? */
export interface AlignmentCell {
  moduleId: string;
  capsuleIds: string[];
  questionIds: string[];
  /** Activities linked to the objective: they teach it and assess it. */
  activityIds: string[];
}

export type AlignmentStatus = 'aligned' | 'not-taught' | 'not-assessed' | 'neither';

export interface AlignmentRow {
  objective: Objective;
  cells: AlignmentCell[];
  status: AlignmentStatus;
}

/** Only the fields the matrix reads, so both the whole course document and the lighter alignment data fit. */
export interface AlignmentInput {
  objectives: Objective[];
  modules: Module[];
  capsules: Pick<Capsule, 'id' | 'moduleId' | 'kind' | 'objectiveIds' | 'position'>[];
  quizzes: Pick<Quiz, 'id' | 'capsuleId'>[];
  questions: Pick<Question, 'id' | 'quizId' | 'objectiveIds' | 'position'>[];
}

/**
 * The objectives × modules matrix: what is taught and what is assessed where. Course objectives come
 * first, then each module's sub-objectives in module order. The matrix, the objective cards and the
 * "objective not assessed" check all read their status from here.
 */
export function alignmentMatrix(input: AlignmentInput): AlignmentRow[] {
  const { modules, moduleOrder, moduleOfQuiz, objectives } = matrixFrame(input);

  // Each capsule and question is visited once and put in its objectives' cells (visiting them all
  // once per objective was quadratic on large courses).
  const cellsOf = new Map(objectives.map((objective) => [objective.id, modules.map<AlignmentCell>((module) => ({ moduleId: module.id, capsuleIds: [], questionIds: [], activityIds: [] }))]));
  const cellOf = (objectiveId: string, moduleId: string | undefined) => (moduleId === undefined ? undefined : cellsOf.get(objectiveId)?.[moduleOrder.get(moduleId) ?? -1]);
  for (const capsule of [...input.capsules].sort(byPosition)) {
    for (const objectiveId of new Set(capsule.objectiveIds)) {
      const cell = cellOf(objectiveId, capsule.moduleId);
      cell?.capsuleIds.push(capsule.id);
      if (ASSESSING_CAPSULE_KINDS.has(capsule.kind)) cell?.activityIds.push(capsule.id);
    }
  }
  for (const question of [...input.questions].sort(byPosition)) {
    for (const objectiveId of new Set(question.objectiveIds)) cellOf(objectiveId, moduleOfQuiz.get(question.quizId))?.questionIds.push(question.id);
  }
  return objectives.map((objective) => {
    const cells = cellsOf.get(objective.id)!;
    const taught = cells.some((cell) => cell.capsuleIds.length > 0);
    const assessed = cells.some((cell) => cell.questionIds.length > 0 || cell.activityIds.length > 0);
    return { objective, cells, status: statusOf(taught, assessed) };
  });
}

/** Each objective's status in the matrix's order, without building its cells (the checks need only this). */
export function alignmentStatuses(input: AlignmentInput): Array<{ objective: Objective; status: AlignmentStatus }> {
  const { moduleOrder, moduleOfQuiz, objectives } = matrixFrame(input);
  const taught = new Set<string>();
  const assessed = new Set<string>();
  for (const capsule of input.capsules) {
    if (!moduleOrder.has(capsule.moduleId)) continue;
    for (const objectiveId of capsule.objectiveIds) {
      taught.add(objectiveId);
      if (ASSESSING_CAPSULE_KINDS.has(capsule.kind)) assessed.add(objectiveId);
    }
  }
  for (const [quizId, objectiveIds] of objectivesByQuizOf(input.questions)) {
    const moduleId = moduleOfQuiz.get(quizId);
    if (moduleId !== undefined && moduleOrder.has(moduleId)) for (const objectiveId of objectiveIds) assessed.add(objectiveId);
  }
  return objectives.map((objective) => ({ objective, status: statusOf(taught.has(objective.id), assessed.has(objective.id)) }));
}

/** The objectives each quiz's questions assess, per (frozen) question list: the checks after an edit elsewhere visit quizzes, not every question. */
const objectivesByQuizOf = memoizeFrozen((questions: AlignmentInput['questions']): Map<string, Set<string>> => {
  const byQuiz = new Map<string, Set<string>>();
  for (const question of questions) {
    if (question.objectiveIds.length === 0) continue;
    const objectiveIds = byQuiz.get(question.quizId) ?? new Set<string>();
    byQuiz.set(question.quizId, objectiveIds);
    for (const objectiveId of question.objectiveIds) objectiveIds.add(objectiveId);
  }
  return byQuiz;
});

const statusOf = (taught: boolean, assessed: boolean): AlignmentStatus => (taught && assessed ? 'aligned' : taught ? 'not-assessed' : assessed ? 'not-taught' : 'neither');

/** Modules in order, where each quiz sits, and the objectives in the matrix's order: course objectives first, then by module. */
function matrixFrame(input: AlignmentInput) {
  const modules = [...input.modules].sort(byPosition);
  const moduleOrder = new Map(modules.map((module, index) => [module.id, index]));
  const moduleOfCapsule = new Map(input.capsules.map((capsule) => [capsule.id, capsule.moduleId]));
  const moduleOfQuiz = new Map(input.quizzes.map((quiz) => [quiz.id, moduleOfCapsule.get(quiz.capsuleId)]));
  const objectives = [...input.objectives].sort((a, b) => {
    const moduleA = a.moduleId === null ? -1 : (moduleOrder.get(a.moduleId) ?? Number.MAX_SAFE_INTEGER);
    const moduleB = b.moduleId === null ? -1 : (moduleOrder.get(b.moduleId) ?? Number.MAX_SAFE_INTEGER);
    return moduleA - moduleB || byPosition(a, b);
  });
  return { modules, moduleOrder, moduleOfQuiz, objectives };
}
