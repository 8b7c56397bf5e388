import type { Database } from 'better-sqlite3';
import { COURSE_DOCUMENT_FORMAT, type CourseDocument } from '../../../shared/model/courseDocument';
import { CourseRepository } from './courseRepository';
import type { Capsule } from '../../../shared/model/course';
import { courseRows } from './courseRows';
import type { CourseTable, RowUpdates } from './courseTableChanges';
import type { RowReuse } from './rowReuse';

/** What a re-read may reuse: the last reads' rows, how many changes each table has had and which capsules were updated (null: unknown). */
export interface DocumentReuse {
  rows: RowReuse;
  tableChanges: ReadonlyMap<CourseTable, number> | null;
  updates?: RowUpdates | null;
}

/** The whole course as one value, every row validated by the model on the way out (or reused, unchanged, from an earlier read). */
export function readCourseDocument(db: Database, reuse?: DocumentReuse): CourseDocument {
  if (!reuse) return documentFrom(new CourseRepository(db), (_name, _tables, read) => read());
  const { rows, tableChanges, updates } = reuse;
  const versionOf = (tables: readonly CourseTable[]) => (tableChanges ? tables.map((table) => tableChanges.get(table) ?? '?').join(',') : null);
  return rows.read(() => {
    const repository = new CourseRepository(db, rows);
    const keepCapsules: KeepCapsules = (read) => {
      if (!tableChanges || !updates) return rows.list('capsules', null, read);
      // The version also names the last capsule update noted, so that a later read knows which came after it.
      const version = `${versionOf(CAPSULE_TABLES)}@${updates.lastUpdate()}`;
      return rows.list('capsules', version, read, (last, lastVersion) => {
        rows.carryOver(courseRows.capsules.table);
        return updatedCapsules(repository, updates, last, lastVersion, version);
      });
    };
    return documentFrom(repository, (name, tables, read) => rows.list(name, versionOf(tables), read), keepCapsules);
  });
}

const CAPSULE_TABLES: readonly CourseTable[] = ['capsules', 'capsule_objectives', 'module_order'];

/**
 * The last capsule list with the capsules updated since reread, when updates are all that happened
 * (no capsule added or deleted, no link or module order changed, no capsule moved): an autosave
 * then reads one row instead of 3,200. Null otherwise (the list is read whole).
 */
function updatedCapsules(repository: CourseRepository, updates: RowUpdates, last: readonly Capsule[], lastVersion: string, version: string): Capsule[] | null {
  const [lastCounts, lastUpdate] = lastVersion.split('@');
  const [counts] = version.split('@');
  const [lastChanges, ...lastOthers] = lastCounts!.split(',');
  const [changes, ...others] = counts!.split(',');
  if (others.join() !== lastOthers.join() || lastUpdate === undefined) return null;
  const updated = updates.updatedAfter('capsules', Number(lastUpdate));
  // Every change to the table since the last read must be one of these updates (no insert, no delete).
  if (Number(changes) - Number(lastChanges) !== updated.updates) return null;
  const fresh = new Map(repository.capsulesWithIds(updated.ids).map((capsule) => [capsule.id, capsule]));
  if (fresh.size !== updated.ids.length) return null;
  const list = last.map((capsule) => fresh.get(capsule.id) ?? capsule);
  // A capsule moved (module or position) changes the outline order: read it whole.
  const moved = last.some((capsule, index) => list[index]!.moduleId !== capsule.moduleId || list[index]!.position !== capsule.position);
  return moved || list.filter((capsule) => fresh.has(capsule.id)).length !== fresh.size ? null : list;
}

type Keep = <T>(name: string, tables: readonly CourseTable[], read: () => T[]) => T[];
type KeepCapsules = (read: () => Capsule[]) => Capsule[];

function documentFrom(repository: CourseRepository, keep: Keep, keepCapsules: KeepCapsules = (read) => keep('capsules', CAPSULE_TABLES, read)): CourseDocument {
  return {
    format: COURSE_DOCUMENT_FORMAT,
    course: keep('course', ['courses'], () => [repository.course()])[0]!,
    objectives: keep('objectives', ['objectives'], () => repository.list('objectives')),
    modules: keep('modules', ['modules'], () => repository.modules()),
    // In outline order, which follows the modules' order.
    capsules: keepCapsules(() => repository.capsules()),
    quizzes: keep('quizzes', ['quizzes'], () => repository.list('quizzes')),
    questions: keep('questions', ['questions', 'question_objectives'], () => repository.questions()),
    media: keep('media', ['media_assets'], () => repository.list('mediaAssets')),
    cohorts: keep('cohorts', ['cohorts'], () => repository.list('cohorts')),
    liveSessions: keep('liveSessions', ['live_sessions'], () => repository.list('liveSessions')),
    weeks: keep('weeks', ['week_plans'], () => repository.list('weekPlans')),
  };
}
