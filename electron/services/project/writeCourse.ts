import type { Database } from 'better-sqlite3';
import type { ServiceContext } from '../serviceContext';
import { CourseRepository } from './courseRepository';

/** Runs fn as one write transaction of the open project (refused when it is read-only), over its course. */
export function writeCourse<T>(context: ServiceContext, fn: (repository: CourseRepository, db: Database) => T): T {
  return context.project().transaction((db) => fn(new CourseRepository(db), db));
}
