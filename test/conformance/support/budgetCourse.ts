import { byPosition } from '../../../shared/model/byPosition';
import { CourseDocumentSchema, type CourseDocument } from '../../../shared/model/courseDocument';
import type { Capsule, Module, Question, Quiz } from '../../../shared/model/course';
import { idOf, paragraph } from '../../shared/export/exportCourseFixture';
import { loadSampleCourse } from './writePackageFolders';

export interface BudgetCourseOptions {
  modules: number;
  capsulesPerModule: number;
  /** Every other capsule ends with a quiz of this many questions. */
  questionsPerQuiz: number;
  /** When set, every fill-in question accepts only this answer (to grow suspend_data). */
  fillInAnswer?: string;
  /** Quizzes show their questions in a random order (stored in the saved state). */
  shuffle?: boolean;
}

/**
 * A long course built from the sample's own questions (every type, real option texts), cycled
 * into new quizzes: the shape of the suspend_data budget requirement (60 capsules, 300 questions).
 */
export function budgetCourse(options: BudgetCourseOptions): CourseDocument {
  const sample = loadSampleCourse();
  const templates = [...sample.questions].sort((a, b) => a.quizId.localeCompare(b.quizId) || byPosition(a, b));
  let next = 1_000;
  const modules: Module[] = [];
  const capsules: Capsule[] = [];
  const quizzes: Quiz[] = [];
  const questions: Question[] = [];
  for (let m = 0; m < options.modules; m += 1) {
    const moduleId = idOf(next++);
    modules.push({ id: moduleId, title: `Semaine ${m + 1}`, summary: '', week: m + 1, position: `a${m.toString(36)}` });
    for (let c = 0; c < options.capsulesPerModule; c += 1) {
      const capsuleId = idOf(next++);
      capsules.push({ id: capsuleId, moduleId, title: `Capsule ${m + 1}.${c + 1}`, kind: 'reading', minutesOverride: 5, weekOverride: null, content: { type: 'doc', content: [paragraph(`Lecture ${m + 1}.${c + 1}`)] }, objectiveIds: [], position: `a${c.toString(36)}` });
      if (c % 2 === 0) continue;
      const quizId = idOf(next++);
      quizzes.push({ id: quizId, capsuleId, title: `Quiz ${m + 1}.${c + 1}`, passingScore: null, shuffle: options.shuffle ?? false, drawCount: null, feedbackPassed: '', feedbackFailed: '' });
      for (let q = 0; q < options.questionsPerQuiz; q += 1) {
        const template = templates[questions.length % templates.length] as Question;
        const copy = { ...template, id: idOf(next++), quizId, position: `a${q.toString(36)}` } as Question;
        if (copy.type === 'fill-in' && options.fillInAnswer) Object.assign(copy, { acceptedAnswers: [options.fillInAnswer] });
        questions.push(copy);
      }
    }
  }
  return CourseDocumentSchema.parse({
    ...sample,
    course: { ...sample.course, durationWeeks: options.modules },
    objectives: sample.objectives.map((objective) => ({ ...objective, moduleId: null })),
    modules,
    capsules,
    quizzes,
    questions,
    liveSessions: [],
    weeks: [],
  });
}
