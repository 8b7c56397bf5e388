import type { Database } from 'better-sqlite3';
import { appError } from '../../../shared/api/appError';
import type { ApiInput, ApiOutput } from '../../../shared/api/contract';
import { type Question, QuestionSchema, type Quiz, QuizSchema } from '../../../shared/model/course';
import { newId } from '../../../shared/model/ids';
import { CourseRepository } from '../project/courseRepository';
import { courseRows } from '../project/courseRows';
import { preparedStatement } from '../project/preparedStatement';
import type { ServiceContext } from '../serviceContext';
import { positionForIndex } from '../outline/positionForIndex';
import { positionAfter } from '../outline/positionAfter';
import { writeCourse } from '../project/writeCourse';

type QuizMethod =
  | 'getCapsuleQuiz'
  | 'addQuiz'
  | 'updateQuiz'
  | 'deleteQuiz'
  | 'addQuestion'
  | 'updateQuestion'
  | 'moveQuestion'
  | 'duplicateQuestion'
  | 'deleteQuestion';

type Row = Record<string, unknown>;

function quizRow(db: Database, sql: string, id: string): Quiz | null {
  const row = preparedStatement(db, sql).get(id) as Row | undefined;
  return row ? courseRows.quizzes.fromRow(row) : null;
}

function requireQuiz(db: Database, id: string): Quiz {
  const quiz = quizRow(db, 'SELECT * FROM quizzes WHERE id = ?', id);
  if (!quiz) throw appError('not-found', 'notFoundQuiz', { id });
  return quiz;
}

function questionsOf(repository: CourseRepository, quizId: string, exceptId: string | null = null): Question[] {
  return repository.questions().filter((question) => question.quizId === quizId && question.id !== exceptId);
}

/** A copy with fresh ids for the question and its options, pairs or items. */
export function copyOf(question: Question, position: string): Question {
  const copy = { ...question, id: newId(), position };
  switch (copy.type) {
    case 'single-choice':
    case 'multiple-choice':
      return { ...copy, options: copy.options.map((option) => ({ ...option, id: newId() })) };
    case 'matching':
      return { ...copy, pairs: copy.pairs.map((pair) => ({ ...pair, id: newId() })) };
    case 'ordering':
      return { ...copy, items: copy.items.map((item) => ({ ...item, id: newId() })) };
    default:
      return copy;
  }
}

/** A capsule's quiz (one per capsule) and its questions of the seven types. */
export function quizCalls(context: ServiceContext) {

  return {
    async getCapsuleQuiz(input: ApiInput<'getCapsuleQuiz'>): Promise<ApiOutput<'getCapsuleQuiz'>> {
      const db = context.project().db;
      const repository = new CourseRepository(db);
      repository.capsule(input.capsuleId);
      const quiz = quizRow(db, 'SELECT * FROM quizzes WHERE capsule_id = ? ORDER BY id LIMIT 1', input.capsuleId);
      return quiz ? { quiz, questions: questionsOf(repository, quiz.id) } : null;
    },

    async addQuiz(input: ApiInput<'addQuiz'>): Promise<ApiOutput<'addQuiz'>> {
      return writeCourse(context, (repository, db) => {
        const capsule = repository.capsule(input.capsuleId);
        if (quizRow(db, 'SELECT * FROM quizzes WHERE capsule_id = ?', capsule.id)) {
          throw appError('conflict', 'capsuleHasQuiz', { capsule: capsule.title });
        }
        const quiz = QuizSchema.parse({
          id: newId(),
          capsuleId: capsule.id,
          title: input.title,
          passingScore: null,
          shuffle: true,
          drawCount: null,
          feedbackPassed: '',
          feedbackFailed: '',
        });
        courseRows.quizzes.insert(db, quiz);
        return quiz;
      });
    },

    async updateQuiz(input: ApiInput<'updateQuiz'>): Promise<ApiOutput<'updateQuiz'>> {
      return writeCourse(context, (_repository, db) => {
        const quiz = QuizSchema.parse({ ...requireQuiz(db, input.id), ...input.patch });
        courseRows.quizzes.update(db, quiz);
        return quiz;
      });
    },

    async deleteQuiz(input: ApiInput<'deleteQuiz'>): Promise<ApiOutput<'deleteQuiz'>> {
      return writeCourse(context, (_repository, db) => {
        requireQuiz(db, input.id);
        preparedStatement(db, 'DELETE FROM quizzes WHERE id = ?').run(input.id);
        return null;
      });
    },

    async addQuestion(input: ApiInput<'addQuestion'>): Promise<ApiOutput<'addQuestion'>> {
      return writeCourse(context, (repository, db) => {
        const quiz = requireQuiz(db, input.quizId);
        const siblings = questionsOf(repository, quiz.id);
        const question = QuestionSchema.parse({
          ...input.question,
          id: newId(),
          quizId: quiz.id,
          position: positionAfter(siblings, input.afterQuestionId ?? null),
        });
        repository.insertQuestion(question);
        return question;
      });
    },

    async updateQuestion(input: ApiInput<'updateQuestion'>): Promise<ApiOutput<'updateQuestion'>> {
      return writeCourse(context, (repository) => {
        const current = repository.question(input.id);
        const question = QuestionSchema.parse({ ...input.question, id: current.id, quizId: current.quizId, position: current.position });
        repository.updateQuestion(question);
        return question;
      });
    },

    async moveQuestion(input: ApiInput<'moveQuestion'>): Promise<ApiOutput<'moveQuestion'>> {
      return writeCourse(context, (repository) => {
        const current = repository.question(input.id);
        const siblings = questionsOf(repository, current.quizId, current.id);
        const question = { ...current, position: positionForIndex(siblings, input.toIndex) };
        repository.updateQuestion(question);
        return question;
      });
    },

    async duplicateQuestion(input: ApiInput<'duplicateQuestion'>): Promise<ApiOutput<'duplicateQuestion'>> {
      return writeCourse(context, (repository) => {
        const original = repository.question(input.id);
        const siblings = questionsOf(repository, original.quizId);
        const copy = copyOf(original, positionAfter(siblings, original.id));
        repository.insertQuestion(copy);
        return copy;
      });
    },

    async deleteQuestion(input: ApiInput<'deleteQuestion'>): Promise<ApiOutput<'deleteQuestion'>> {
      return writeCourse(context, (repository, db) => {
        repository.question(input.id);
        preparedStatement(db, 'DELETE FROM questions WHERE id = ?').run(input.id);
        return null;
      });
    },
  } satisfies Record<QuizMethod, unknown>;
}
