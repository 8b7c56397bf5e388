import { DEFAULT_CLIENT_THEME } from '../../../shared/model/clientTheme';
import type { Capsule, CapsuleKind, Cohort, LiveSession, Module, Objective, Question, Quiz } from '../../../shared/model/course';
import { COURSE_DOCUMENT_FORMAT, type CourseDocument } from '../../../shared/model/courseDocument';
import { newId } from '../../../shared/model/ids';
import type { RichTextDoc } from '../../../shared/model/richText';

/** A small course for pacing and checks tests: modules, capsules and sessions are added by the helpers below. */
export function buildTestCourse(overrides: Partial<CourseDocument['course']> = {}): CourseDocument {
  return {
    format: COURSE_DOCUMENT_FORMAT,
    course: {
      id: newId(),
      title: 'OPTIMANAGER',
      client: 'OPTIMAX',
      businessProblem: '',
      audience: '',
      audienceLevel: '',
      learnerCount: 15,
      language: 'fr',
      weeklyBudgetMinutes: 45,
      tutorMinutesPerWeek: 0,
      durationWeeks: 4,
      startDate: '2026-01-05',
      targetLms: 'Moodle',
      scormVersion: '1.2',
      packagingMode: 'course',
      completionRule: 'all-viewed',
      masteryScore: 80,
      competencies: [],
      theme: DEFAULT_CLIENT_THEME,
      ...overrides,
    },
    objectives: [],
    modules: [],
    capsules: [],
    quizzes: [],
    questions: [],
    media: [],
    cohorts: [],
    liveSessions: [],
    weeks: [],
  };
}

let counter = 0;
const nextPosition = (): string => `a${(counter += 1).toString(36).padStart(4, '0')}`;

export function addModule(doc: CourseDocument, title: string, week: number): Module {
  const module: Module = { id: newId(), title, summary: '', week, position: nextPosition() };
  doc.modules.push(module);
  return module;
}

export function addCapsule(
  doc: CourseDocument,
  module: Module,
  title: string,
  kind: CapsuleKind,
  minutes: number | null,
  extra: Partial<Capsule> = {},
): Capsule {
  const capsule: Capsule = {
    id: newId(),
    moduleId: module.id,
    title,
    kind,
    minutesOverride: minutes,
    weekOverride: null,
    content: { type: 'doc', content: [{ type: 'paragraph' }] } satisfies RichTextDoc,
    objectiveIds: [],
    position: nextPosition(),
    ...extra,
  };
  doc.capsules.push(capsule);
  return capsule;
}

export function addObjective(doc: CourseDocument, module: Module | null, code: string, text = `Objectif ${code}`): Objective {
  const objective: Objective = { id: newId(), moduleId: module?.id ?? null, code, text, bloomLevel: 'apply', position: nextPosition() };
  doc.objectives.push(objective);
  return objective;
}

export function addQuiz(doc: CourseDocument, capsule: Capsule, questionCount: number, extra: Partial<Question> = {}): Quiz {
  const quiz: Quiz = {
    id: newId(),
    capsuleId: capsule.id,
    title: 'Quiz',
    passingScore: null,
    shuffle: false,
    drawCount: null,
    feedbackPassed: '',
    feedbackFailed: '',
  };
  doc.quizzes.push(quiz);
  for (let index = 0; index < questionCount; index += 1) {
    doc.questions.push({
      id: newId(),
      quizId: quiz.id,
      type: 'true-false',
      answer: true,
      prompt: `Question ${index + 1}`,
      points: 1,
      feedbackCorrect: 'Bien vu.',
      feedbackIncorrect: 'Relisez la fiche.',
      objectiveIds: [],
      position: nextPosition(),
      ...extra,
    } as Question);
  }
  return quiz;
}

export function addLiveSession(doc: CourseDocument, fields: Partial<LiveSession> & Pick<LiveSession, 'week'>): LiveSession {
  const session: LiveSession = {
    id: newId(),
    title: 'Classe virtuelle',
    kind: 'virtual-class',
    dayOffset: 1,
    startTime: '14:00',
    durationMinutes: 60,
    capacity: null,
    moduleId: null,
    notes: '',
    ...fields,
  };
  doc.liveSessions.push(session);
  return session;
}

export function buildCohort(fields: Partial<Cohort> = {}): Cohort {
  return {
    id: newId(),
    name: 'Session de janvier',
    startDate: '2026-01-05',
    learnerCount: 15,
    timeZone: 'Europe/Paris',
    holidays: [],
    ...fields,
  };
}
