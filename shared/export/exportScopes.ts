import type { Module, PackagingMode } from '../model/course';
import type { CourseDocument } from '../model/courseDocument';
import type { CourseIndex } from './courseIndex';

/** What one SCO covers: the whole course or one module. */
export interface ScoScope {
  /** Course id or module id. */
  id: string;
  title: string;
  modules: Module[];
}

/** What one package (one zip) holds. */
export interface PackageScope {
  /** Course id, or module id for a module's own package. */
  id: string;
  title: string;
  description: string;
  /** Week the package belongs to (its module's), null for the whole course. */
  week: number | null;
  scos: ScoScope[];
}

/** How a packaging mode cuts the course into packages and SCOs. */
export function packageScopesOf(doc: CourseDocument, index: CourseIndex, mode: PackagingMode): PackageScope[] {
  const { course } = doc;
  const courseDescription = course.businessProblem || course.audience;
  switch (mode) {
    case 'course':
      return [{ id: course.id, title: course.title, description: courseDescription, week: null, scos: [{ id: course.id, title: course.title, modules: index.modules }] }];
    case 'module-scos':
      return [
        {
          id: course.id,
          title: course.title,
          description: courseDescription,
          week: null,
          scos: index.modules.map((module) => ({ id: module.id, title: module.title, modules: [module] })),
        },
      ];
    case 'module-packages':
      return index.modules.map((module) => ({
        id: module.id,
        title: `${course.title} – ${module.title}`,
        description: module.summary || courseDescription,
        week: module.week,
        scos: [{ id: module.id, title: module.title, modules: [module] }],
      }));
  }
}
