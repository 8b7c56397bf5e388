import type { Database } from 'better-sqlite3';
import { appError } from '../../../shared/api/appError';
import type { ApiInput, ApiOutput } from '../../../shared/api/contract';
import { type Objective, ObjectiveSchema } from '../../../shared/model/course';
import { newId } from '../../../shared/model/ids';
import { type CourseRepository } from '../project/courseRepository';
import { courseRows } from '../project/courseRows';
import { preparedStatement } from '../project/preparedStatement';
import type { ServiceContext } from '../serviceContext';
import { positionForIndex } from '../outline/positionForIndex';
import { readAlignmentData } from './readAlignmentData';
import { positionAfter } from '../outline/positionAfter';
import { writeCourse } from '../project/writeCourse';

type ObjectiveMethod = 'getAlignment' | 'addObjective' | 'updateObjective' | 'moveObjective' | 'deleteObjective' | 'setObjectiveLink' | 'setQuizObjectiveLink';

function siblingsOf(db: Database, moduleId: string | null, exceptId: string | null = null): Objective[] {
  return (preparedStatement(db, 'SELECT * FROM objectives WHERE module_id IS ? AND id IS NOT ? ORDER BY position, id').all(moduleId, exceptId) as Record<
    string,
    unknown
  >[]).map((row) => courseRows.objectives.fromRow(row));
}

function requireObjective(repository: CourseRepository, id: string): Objective {
  const objective = repository.list('objectives').find((candidate) => candidate.id === id);
  if (!objective) throw appError('not-found', 'notFoundObjective', { id });
  return objective;
}

/** The next free code: O4 for a course objective, O2.3 for the third of module 2 (by outline order). */
function nextCode(repository: CourseRepository, moduleId: string | null, siblings: Objective[]): string {
  let prefix = 'O';
  if (moduleId !== null) {
    const moduleIndex = repository.modules().findIndex((module) => module.id === moduleId);
    if (moduleIndex < 0) throw appError('not-found', 'notFoundModule', { id: moduleId });
    prefix = `O${moduleIndex + 1}.`;
  }
  const used = siblings
    .map((objective) => (objective.code.startsWith(prefix) ? Number(objective.code.slice(prefix.length)) : Number.NaN))
    .filter((value) => Number.isInteger(value));
  return `${prefix}${Math.max(0, siblings.length, ...used) + 1}`;
}

/** Course objectives and module sub-objectives, and their links to what teaches and assesses them. */
export function objectiveCalls(context: ServiceContext) {

  return {
    async getAlignment(): Promise<ApiOutput<'getAlignment'>> {
      return readAlignmentData(context.project().db);
    },

    async addObjective(input: ApiInput<'addObjective'>): Promise<ApiOutput<'addObjective'>> {
      return writeCourse(context, (repository, db) => {
        const moduleId = input.moduleId ?? null;
        const siblings = siblingsOf(db, moduleId);
        const objective = ObjectiveSchema.parse({
          id: newId(),
          moduleId,
          code: nextCode(repository, moduleId, siblings),
          text: input.text,
          bloomLevel: input.bloomLevel ?? null,
          position: positionAfter(siblings, null),
        });
        courseRows.objectives.insert(db, objective);
        return objective;
      });
    },

    async updateObjective(input: ApiInput<'updateObjective'>): Promise<ApiOutput<'updateObjective'>> {
      return writeCourse(context, (repository, db) => {
        const objective = ObjectiveSchema.parse({ ...requireObjective(repository, input.id), ...input.patch });
        courseRows.objectives.update(db, objective);
        return objective;
      });
    },

    async moveObjective(input: ApiInput<'moveObjective'>): Promise<ApiOutput<'moveObjective'>> {
      return writeCourse(context, (repository, db) => {
        const current = requireObjective(repository, input.id);
        if (input.moduleId !== null) repository.module(input.moduleId);
        const siblings = siblingsOf(db, input.moduleId, input.id);
        const objective = { ...current, moduleId: input.moduleId, position: positionForIndex(siblings, input.toIndex) };
        courseRows.objectives.update(db, objective);
        return objective;
      });
    },

    async deleteObjective(input: ApiInput<'deleteObjective'>): Promise<ApiOutput<'deleteObjective'>> {
      return writeCourse(context, (repository, db) => {
        requireObjective(repository, input.id);
        preparedStatement(db, 'DELETE FROM objectives WHERE id = ?').run(input.id);
        return null;
      });
    },

    async setObjectiveLink(input: ApiInput<'setObjectiveLink'>): Promise<ApiOutput<'setObjectiveLink'>> {
      return writeCourse(context, (repository) => {
        requireObjective(repository, input.objectiveId);
        const toggle = (current: string[]) =>
          input.linked ? [...current.filter((id) => id !== input.objectiveId), input.objectiveId] : current.filter((id) => id !== input.objectiveId);
        if (input.target === 'capsule') {
          const capsule = repository.capsule(input.targetId);
          repository.setObjectiveLinks('capsule_objectives', capsule.id, toggle(capsule.objectiveIds));
        } else {
          const question = repository.question(input.targetId);
          repository.setObjectiveLinks('question_objectives', question.id, toggle(question.objectiveIds));
        }
        return null;
      });
    },

    async setQuizObjectiveLink(input: ApiInput<'setQuizObjectiveLink'>): Promise<ApiOutput<'setQuizObjectiveLink'>> {
      return writeCourse(context, (repository, db) => {
        requireObjective(repository, input.objectiveId);
        if (!preparedStatement(db, 'SELECT 1 FROM quizzes WHERE id = ?').get(input.quizId)) {
          throw appError('not-found', 'notFoundQuiz', { id: input.quizId });
        }
        for (const question of repository.questions().filter((candidate) => candidate.quizId === input.quizId)) {
          if (question.objectiveIds.includes(input.objectiveId) === input.linked) continue;
          const others = question.objectiveIds.filter((id) => id !== input.objectiveId);
          repository.setObjectiveLinks('question_objectives', question.id, input.linked ? [...others, input.objectiveId] : others);
        }
        return null;
      });
    },
  } satisfies Record<ObjectiveMethod, unknown>;
}
