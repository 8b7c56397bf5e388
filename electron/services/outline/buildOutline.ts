import type { Outline } from '../../../shared/api/outlineCalls';
import type { Course, Module } from '../../../shared/model/course';
import type { OutlineCapsule } from '../project/courseRepository';
import { courseMinutes, sumMinutes } from '../../../shared/authoring/outlineMinutes';
import { capsuleMinutes } from '../../../shared/model/durations';
import type { CourseDocument } from '../../../shared/model/courseDocument';
import { questionsPerCapsule } from '../../../shared/quiz/answeredQuestions';

export interface OutlineSource {
  course: Course;
  /** In position order. */
  modules: Module[];
  /** In position order within each module. */
  capsules: OutlineCapsule[];
  questionCountByCapsule: ReadonlyMap<string, number>;
  objectiveCount: number;
  questionCount: number;
}

/** The course tree with each capsule's minutes (override or estimate) and week (override or its module's). */
export function buildOutline(source: OutlineSource): Outline {
  const capsulesByModule = new Map<string, OutlineCapsule[]>();
  for (const capsule of source.capsules) {
    const list = capsulesByModule.get(capsule.moduleId) ?? [];
    list.push(capsule);
    capsulesByModule.set(capsule.moduleId, list);
  }
  const modules = source.modules.map((module) => {
    const capsules = (capsulesByModule.get(module.id) ?? []).map((capsule) => ({
      id: capsule.id,
      title: capsule.title,
      kind: capsule.kind,
      minutes: capsuleMinutes(capsule, source.questionCountByCapsule.get(capsule.id) ?? 0),
      week: capsule.weekOverride ?? module.week,
    }));
    return { ...module, capsules, minutes: sumMinutes(capsules) };
  });
  return {
    course: source.course,
    modules,
    totalMinutes: courseMinutes(modules),
    objectiveCount: source.objectiveCount,
    questionCount: source.questionCount,
  };
}

/** The outline of a course document: a kept (frozen) document's capsules keep their estimates, so this is a cheap read. */
export const outlineOfDocument = (document: CourseDocument): Outline =>
  buildOutline({
    course: document.course,
    modules: document.modules,
    capsules: document.capsules,
    questionCountByCapsule: questionsPerCapsule(document),
    objectiveCount: document.objectives.length,
    questionCount: document.questions.length,
  });
