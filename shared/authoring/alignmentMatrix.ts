import type { Capsule, CapsuleKind, Module, Objective, Question, Quiz } from '../model/course';
import { byPosition } from '../model/courseDocument';

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
  const modules = [...input.modules].sort(byPosition);
  const moduleOrder = new Map(modules.map((module, index) => [module.id, index]));
  const moduleOfCapsule = new Map(input.capsules.map((capsule) => [capsule.id, capsule.moduleId]));
  const moduleOfQuiz = new Map(input.quizzes.map((quiz) => [quiz.id, moduleOfCapsule.get(quiz.capsuleId)]));

  const objectives = [...input.objectives].sort((a, b) => {
    const moduleA = a.moduleId === null ? -1 : (moduleOrder.get(a.moduleId) ?? Number.MAX_SAFE_INTEGER);
    const moduleB = b.moduleId === null ? -1 : (moduleOrder.get(b.moduleId) ?? Number.MAX_SAFE_INTEGER);
    return moduleA - moduleB || byPosition(a, b);
  });

  const capsules = [...input.capsules].sort(byPosition);
  const questions = [...input.questions].sort(byPosition);
  return objectives.map((objective) => {
    const cells = modules.map<AlignmentCell>((module) => ({ moduleId: module.id, capsuleIds: [], questionIds: [], activityIds: [] }));
    const cellOf = (moduleId: string | undefined) => (moduleId === undefined ? undefined : cells[moduleOrder.get(moduleId) ?? -1]);
    for (const capsule of capsules) {
      if (!capsule.objectiveIds.includes(objective.id)) continue;
      const cell = cellOf(capsule.moduleId);
      cell?.capsuleIds.push(capsule.id);
      if (ASSESSING_CAPSULE_KINDS.has(capsule.kind)) cell?.activityIds.push(capsule.id);
    }
    for (const question of questions) {
      if (question.objectiveIds.includes(objective.id)) cellOf(moduleOfQuiz.get(question.quizId))?.questionIds.push(question.id);
    }
    const taught = cells.some((cell) => cell.capsuleIds.length > 0);
    const assessed = cells.some((cell) => cell.questionIds.length > 0 || cell.activityIds.length > 0);
    const status: AlignmentStatus = taught && assessed ? 'aligned' : taught ? 'not-assessed' : assessed ? 'not-taught' : 'neither';
    return { objective, cells, status };
  });
}
