import type { Database } from 'better-sqlite3';
import { COURSE_DOCUMENT_FORMAT, type CourseDocument } from '../../../shared/model/courseDocument';
import { CourseRepository } from './courseRepository';
import type { CourseTable } from './courseTableChanges';
import type { RowReuse } from './rowReuse';

/** What a re-read may reuse: the last reads' rows, and how many changes each table has had (null: unknown). */
export interface DocumentReuse {
  rows: RowReuse;
  tableChanges: ReadonlyMap<CourseTable, number> | null;
}

/** The whole course as one value, every row validated by the model on the way out (or reused, unchanged, from an earlier read). */
export function readCourseDocument(db: Database, reuse?: DocumentReuse): CourseDocument {
  if (!reuse) return documentFrom(new CourseRepository(db), (_name, _tables, read) => read());
  const { rows, tableChanges } = reuse;
  const versionOf = (tables: readonly CourseTable[]) => (tableChanges ? tables.map((table) => tableChanges.get(table) ?? '?').join(',') : null);
  return rows.read(() => documentFrom(new CourseRepository(db, rows), (name, tables, read) => rows.list(name, versionOf(tables), read)));
}

type Keep = <T>(name: string, tables: readonly CourseTable[], read: () => T[]) => T[];

function documentFrom(repository: CourseRepository, keep: Keep): CourseDocument {
  return {
    format: COURSE_DOCUMENT_FORMAT,
    course: keep('course', ['courses'], () => [repository.course()])[0]!,
    objectives: keep('objectives', ['objectives'], () => repository.list('objectives')),
    modules: keep('modules', ['modules'], () => repository.modules()),
    // In outline order, which follows the modules' order.
    capsules: keep('capsules', ['capsules', 'capsule_objectives', 'module_order'], () => repository.capsules()),
    quizzes: keep('quizzes', ['quizzes'], () => repository.list('quizzes')),
    questions: keep('questions', ['questions', 'question_objectives'], () => repository.questions()),
    media: keep('media', ['media_assets'], () => repository.list('mediaAssets')),
    cohorts: keep('cohorts', ['cohorts'], () => repository.list('cohorts')),
    liveSessions: keep('liveSessions', ['live_sessions'], () => repository.list('liveSessions')),
    weeks: keep('weeks', ['week_plans'], () => repository.list('weekPlans')),
  };
}
