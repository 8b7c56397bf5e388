import { preparedStatement } from './preparedStatement';
import { defineRowCodec, parseStoredRow, safeJson, type Row, type RowCodec } from './rowCodec';
import {
  CapsuleSchema,
  CohortSchema,
  CourseSchema,
  LiveSessionSchema,
  MediaAssetSchema,
  ModuleSchema,
  ObjectiveSchema,
  QuestionSchema,
  QuizSchema,
  WeekPlanSchema,
  type Question,
} from '../../../shared/model/course';

/** Fields a question keeps in columns or link tables; everything else goes in its JSON payload. */
const QUESTION_COLUMNS = ['id', 'quizId', 'type', 'position', 'objectiveIds'] as const;

const questionToRow = (question: Question): Row => {
  const payload: Row = { ...question };
  for (const field of QUESTION_COLUMNS) delete payload[field];
  return { id: question.id, quiz_id: question.quizId, type: question.type, position: question.position, payload: JSON.stringify(payload) };
};

/** Questions: shared fields as columns, the type-specific rest as a JSON payload, checked by QuestionSchema both ways. */
const questions: RowCodec<Question> = {
  table: 'questions',
  columns: ['id', 'quiz_id', 'type', 'position', 'payload'],
  toRow: (question) => questionToRow(QuestionSchema.parse(question)),
  fromRow(row, extra) {
    const payload = typeof row.payload === 'string' ? safeJson(row.payload) : undefined;
    return parseStoredRow(QuestionSchema, 'questions', {
      ...(payload as object),
      ...extra,
      id: row.id,
      quizId: row.quiz_id,
      type: row.type,
      position: row.position,
    });
  },
  insert(db, question) {
    preparedStatement(db, 'INSERT INTO questions (id, quiz_id, type, position, payload) VALUES (@id, @quiz_id, @type, @position, @payload)').run(
      questions.toRow(question),
    );
  },
  update(db, question) {
    preparedStatement(db, 'UPDATE questions SET quiz_id = @quiz_id, type = @type, position = @position, payload = @payload WHERE id = @id').run(
      questions.toRow(question),
    );
  },
};

/** How each model type is stored: one codec per table, used by every domain that reads or writes the project. */
export const courseRows = {
  course: defineRowCodec('courses', CourseSchema, { json: ['competencies', 'theme'] }),
  objectives: defineRowCodec('objectives', ObjectiveSchema),
  modules: defineRowCodec('modules', ModuleSchema),
  /** objectiveIds live in capsule_objectives. */
  capsules: defineRowCodec('capsules', CapsuleSchema, { json: ['content'], external: ['objectiveIds'] }),
  quizzes: defineRowCodec('quizzes', QuizSchema, { booleans: ['shuffle'] }),
  /** objectiveIds live in question_objectives. */
  questions,
  mediaAssets: defineRowCodec('media_assets', MediaAssetSchema),
  cohorts: defineRowCodec('cohorts', CohortSchema, { json: ['holidays'] }),
  liveSessions: defineRowCodec('live_sessions', LiveSessionSchema),
  weekPlans: defineRowCodec('week_plans', WeekPlanSchema, { key: 'week' }),
};
