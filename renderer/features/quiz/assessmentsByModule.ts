import type { Outline, OutlineCapsule } from '../../../shared/api/outlineCalls';
import type { Id } from '../../../shared/model/ids';
import type { QuizSummary } from '../../state/quizSlice';

export interface AssessmentEntry {
  capsule: OutlineCapsule;
  /** Null for an assessment capsule whose quiz is still to be created. */
  quiz: QuizSummary | null;
}

export interface ModuleAssessments {
  moduleId: Id;
  title: string;
  entries: AssessmentEntry[];
}

/** The capsules the assessments place lists, module by module: every assessment capsule, and any other capsule that holds a quiz. */
export function assessmentsByModule(outline: Outline, summaries: Readonly<Record<Id, QuizSummary>>): ModuleAssessments[] {
  return outline.modules.map((module) => ({
    moduleId: module.id,
    title: module.title,
    entries: module.capsules
      .filter((capsule) => capsule.kind === 'assessment' || summaries[capsule.id] !== undefined)
      .map((capsule) => ({ capsule, quiz: summaries[capsule.id] ?? null })),
  }));
}
