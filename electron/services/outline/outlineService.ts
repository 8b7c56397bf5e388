import type { z } from 'zod';
import { appError } from '../../../shared/api/appError';
import { CapsuleSchema, CourseSchema, ModuleSchema, type Capsule } from '../../../shared/model/course';
import { copyTitle } from '../../../shared/authoring/copyTitle';
import { newId } from '../../../shared/model/ids';
import { emptyDoc } from '../../../shared/model/richText';
import { CourseRepository } from '../project/courseRepository';
import { courseRows } from '../project/courseRows';
import type { ServiceDomain } from '../serviceContext';
import { notFound } from '../notFound';
import { buildOutline, outlineOfDocument } from './buildOutline';
import { copyCapsule } from './copyCapsule';
import { positionAfter } from './positionAfter';
import { positionForIndex } from './positionForIndex';
import { writeCourse } from '../project/writeCourse';
import type { ProjectFile } from '../project/projectFile';

/** The outline read straight from the rows, capsule content parsed but not validated. */
function lightOutline(repository: CourseRepository) {
  const db = repository.db;
  return buildOutline({
    course: repository.course(),
    modules: repository.modules(),
    capsules: repository.capsuleOutlineEntries(),
    questionCountByCapsule: repository.questionCountsByCapsule(),
    objectiveCount: db.prepare('SELECT COUNT(*) FROM objectives').pluck().get() as number,
    questionCount: db.prepare('SELECT COUNT(*) FROM questions').pluck().get() as number,
  });
}

type OutlineMethods =
  | 'getOutline'
  | 'getCourseDocument'
  | 'updateCourse'
  | 'addModule'
  | 'updateModule'
  | 'moveModule'
  | 'deleteModule'
  | 'addCapsule'
  | 'getCapsule'
  | 'updateCapsule'
  | 'saveCapsuleContent'
  | 'moveCapsule'
  | 'deleteCapsule'
  | 'duplicateCapsule'
  | 'duplicateModule';

const LAST_WEEK = 104;

/** The course framing and its tree of modules and capsules; every change is one committed transaction. */
export const outlineService: ServiceDomain<OutlineMethods> = (context) => {
  const read = <T>(fn: (repository: CourseRepository) => T): T => fn(new CourseRepository(context.project().db));
  /** Projects whose outline was read once: later reads build from the kept course document. */
  const outlineRead = new WeakSet<ProjectFile>();

  return {
    getOutline: async () => {
      const project = context.project();
      if (project.keepsCourseDocument() || outlineRead.has(project)) return outlineOfDocument(project.courseDocument());
      // The page's first call: validating the whole course costs ~5× this light read and would
      // delay the outline's first paint; the check report asked for next reads the document.
      outlineRead.add(project);
      return read(lightOutline);
    },
    getCourseDocument: async () => context.project().courseDocument(),
    updateCourse: async ({ patch }) =>
      writeCourse(context, (repository) => {
        const course = validated(CourseSchema, { ...repository.course(), ...patch }, 'course');
        courseRows.course.update(repository.db, course);
        return course;
      }),

    addModule: async ({ title, afterModuleId }) =>
      writeCourse(context, (repository) => {
        const modules = repository.modules();
        const position = positionAfter(modules, afterModuleId ?? null, () => notFound('module', afterModuleId!));
        const after = afterModuleId ? modules.find((module) => module.id === afterModuleId) : modules.at(-1);
        const week = afterModuleId ? after!.week : Math.min((after?.week ?? 0) + 1, LAST_WEEK);
        const module = { id: newId(), title, summary: '', week, position };
        courseRows.modules.insert(repository.db, module);
        return module;
      }),
    updateModule: async ({ id, patch }) =>
      writeCourse(context, (repository) => {
        const module = validated(ModuleSchema, { ...repository.module(id), ...patch }, 'module');
        courseRows.modules.update(repository.db, module);
        return module;
      }),
    moveModule: async ({ id, toIndex }) =>
      writeCourse(context, (repository) => {
        const module = { ...repository.module(id), position: positionForIndex(repository.modules(), toIndex, id) };
        courseRows.modules.update(repository.db, module);
        return module;
      }),
    deleteModule: async ({ id }) =>
      writeCourse(context, (repository) => {
        repository.module(id);
        repository.db.prepare('DELETE FROM modules WHERE id = ?').run(id);
        return null;
      }),

    addCapsule: async ({ moduleId, title, kind, afterCapsuleId }) =>
      writeCourse(context, (repository) => {
        repository.module(moduleId);
        const position = positionAfter(
          repository.capsulePositions(moduleId),
          afterCapsuleId ?? null,
          () => appError('invalid-input', 'capsuleNotInModule', { capsule: afterCapsuleId!, module: moduleId }),
        );
        const capsule: Capsule = {
          id: newId(),
          moduleId,
          title,
          kind,
          minutesOverride: null,
          weekOverride: null,
          content: emptyDoc(),
          objectiveIds: [],
          position,
        };
        repository.insertCapsule(capsule);
        return capsule;
      }),
    getCapsule: async ({ id }) => read((repository) => repository.capsule(id)),
    updateCapsule: async ({ id, patch }) =>
      writeCourse(context, (repository) => {
        const capsule = validated(CapsuleSchema, { ...repository.capsule(id), ...patch }, 'capsule');
        repository.updateCapsule(capsule);
        return capsule;
      }),
    saveCapsuleContent: async ({ id, content }) => {
      // The editor's schema (TipTap, ProseMirror) loads at the first save, not at each start.
      const { validateCapsuleContent } = await import('../../../shared/editor/validateCapsuleContent');
      return writeCourse(context, (repository) => {
        const problem = validateCapsuleContent(content);
        if (problem) throw appError('invalid-input', 'capsuleContentMisfit', { detail: problem });
        const capsule = validated(CapsuleSchema, { ...repository.capsule(id), content }, 'capsule');
        courseRows.capsules.update(repository.db, capsule);
        return capsule;
      });
    },
    moveCapsule: async ({ id, moduleId, toIndex }) =>
      writeCourse(context, (repository) => {
        const current = repository.capsule(id);
        repository.module(moduleId);
        const position = positionForIndex(repository.capsulePositions(moduleId), toIndex, id);
        const capsule = { ...current, moduleId, position };
        courseRows.capsules.update(repository.db, capsule);
        return capsule;
      }),
    deleteCapsule: async ({ id }) =>
      writeCourse(context, (repository) => {
        repository.capsule(id);
        repository.db.prepare('DELETE FROM capsules WHERE id = ?').run(id);
        return null;
      }),
    duplicateCapsule: async ({ id }) =>
      writeCourse(context, (repository) => {
        const original = repository.capsule(id);
        const position = positionAfter(repository.capsulePositions(original.moduleId), id);
        const language = repository.course().language;
        return copyCapsule(repository, { ...original, title: copyTitle(original.title, language) }, original.moduleId, position);
      }),
    duplicateModule: async ({ id }) =>
      writeCourse(context, (repository) => {
        const original = repository.module(id);
        const position = positionAfter(repository.modules(), id);
        const copy = { ...original, id: newId(), title: copyTitle(original.title, repository.course().language), position };
        courseRows.modules.insert(repository.db, copy);
        for (const capsule of repository.capsules(id)) copyCapsule(repository, capsule, copy.id, capsule.position);
        return copy;
      }),
  };
};

/** Checks a merged value against the model (a patch can be valid alone and not once merged). */
export function validated<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`).join('; ');
  throw appError('invalid-input', 'changeInvalid', { detail: `${what}: ${issues}` });
}
