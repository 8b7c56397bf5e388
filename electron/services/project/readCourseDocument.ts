import type { Database } from 'better-sqlite3';
import { COURSE_DOCUMENT_FORMAT, type CourseDocument } from '../../../shared/model/courseDocument';
import { CourseRepository } from './courseRepository';

/** The whole course as one value, every row validated by the model on the way out. */
export function readCourseDocument(db: Database): CourseDocument {
  const repository = new CourseRepository(db);
  return {
    format: COURSE_DOCUMENT_FORMAT,
    course: repository.course(),
    objectives: repository.list('objectives'),
    modules: repository.modules(),
    capsules: repository.capsules(),
    quizzes: repository.list('quizzes'),
    questions: repository.questions(),
    media: repository.list('mediaAssets'),
    cohorts: repository.list('cohorts'),
    liveSessions: repository.list('liveSessions'),
    weeks: repository.list('weekPlans'),
  };
}
