import { generateNKeysBetween } from 'fractional-indexing';
import type { CourseTemplate } from '../../../shared/api/projectCalls';
import { DEFAULT_CLIENT_THEME } from '../../../shared/model/clientTheme';
import type { Capsule, CapsuleKind, Course, Language, LiveSession, Module } from '../../../shared/model/course';
import { newId } from '../../../shared/model/ids';
import { emptyDoc } from '../../../shared/model/richText';

/** What a new project starts with. */
export interface TemplateContent {
  course: Course;
  modules: Module[];
  capsules: Capsule[];
  liveSessions: LiveSession[];
}

interface TemplateShape {
  durationWeeks: number;
  weeklyBudgetMinutes: number;
  learnerCount: number;
  /** Module titles by language, with the week each opens; the outline and the player add "Module N" themselves. */
  modules: { fr: string; en: string; week: number }[];
  /** Every module's capsules, with their planned minutes (kept as overrides until the content gives an estimate). */
  capsules: { kind: CapsuleKind; minutes: number }[];
  finalVirtualClass: boolean;
}

const CAPSULE_TITLES: Record<Language, Record<CapsuleKind, string>> = {
  fr: {
    video: 'Capsule vidéo',
    reading: 'Fiche à lire',
    interactive: 'Exercice interactif',
    activity: 'Activité',
    'live-session': 'Classe virtuelle',
    assessment: 'Quiz',
  },
  en: {
    video: 'Video capsule',
    reading: 'Reading',
    interactive: 'Interactive exercise',
    activity: 'Activity',
    'live-session': 'Virtual class',
    assessment: 'Quiz',
  },
};

const FINAL_CLASS_TITLE: Record<Language, string> = { fr: 'Classe virtuelle de clôture', en: 'Closing virtual class' };

/** The shapes of the reference SPOCs of the product brief. */
const SHAPES: Record<Exclude<CourseTemplate, 'blank'>, TemplateShape> = {
  // OPTIMANAGER: one module a week for 4 weeks, 30–45 min each.
  'four-weekly-modules': {
    durationWeeks: 4,
    weeklyBudgetMinutes: 45,
    learnerCount: 15,
    modules: [
      { fr: 'Les fondamentaux', en: 'The fundamentals', week: 1 },
      { fr: 'Approfondir', en: 'Going deeper', week: 2 },
      { fr: 'Mettre en pratique', en: 'Putting it into practice', week: 3 },
      { fr: 'Ancrer et transférer', en: 'Making it stick', week: 4 },
    ],
    capsules: [
      { kind: 'video', minutes: 8 },
      { kind: 'reading', minutes: 10 },
      { kind: 'activity', minutes: 12 },
      { kind: 'assessment', minutes: 10 },
    ],
    finalVirtualClass: false,
  },
  // CRM roll-out: 2 weeks, 4 modules of 20 minutes, one final virtual class.
  'tool-rollout': {
    durationWeeks: 2,
    weeklyBudgetMinutes: 90,
    learnerCount: 100,
    modules: [
      { fr: 'Prise en main', en: 'Getting started', week: 1 },
      { fr: 'Les tâches du quotidien', en: 'Everyday tasks', week: 1 },
      { fr: 'Aller plus loin', en: 'Going further', week: 2 },
      { fr: 'Bonnes pratiques et cas réels', en: 'Good practice and real cases', week: 2 },
    ],
    capsules: [
      { kind: 'video', minutes: 8 },
      { kind: 'interactive', minutes: 7 },
      { kind: 'assessment', minutes: 5 },
    ],
    finalVirtualClass: true,
  },
  // Cyber-security awareness: 3 modules of 15 minutes with quizzes and scenarios.
  awareness: {
    durationWeeks: 3,
    weeklyBudgetMinutes: 30,
    learnerCount: 30,
    modules: [
      { fr: 'Comprendre les risques', en: 'Understanding the risks', week: 1 },
      { fr: 'Reconnaître une attaque', en: 'Spotting an attack', week: 2 },
      { fr: 'Les bons réflexes', en: 'The right reflexes', week: 3 },
    ],
    capsules: [
      { kind: 'reading', minutes: 5 },
      { kind: 'interactive', minutes: 5 },
      { kind: 'assessment', minutes: 5 },
    ],
    finalVirtualClass: false,
  },
};

/** The course, modules and capsules a new project starts with, titled in the course language. */
export function buildTemplate(template: CourseTemplate, title: string, language: Language, client = ''): TemplateContent {
  const shape = template === 'blank' ? null : SHAPES[template];
  const course: Course = {
    id: newId(),
    title,
    client,
    businessProblem: '',
    audience: '',
    audienceLevel: '',
    learnerCount: shape?.learnerCount ?? 0,
    language,
    weeklyBudgetMinutes: shape?.weeklyBudgetMinutes ?? 60,
    tutorMinutesPerWeek: 0,
    durationWeeks: shape?.durationWeeks ?? 4,
    startDate: null,
    targetLms: '',
    scormVersion: '1.2',
    packagingMode: 'course',
    completionRule: 'all-viewed',
    masteryScore: 80,
    competencies: [],
    theme: DEFAULT_CLIENT_THEME,
  };
  if (!shape) return { course, modules: [], capsules: [], liveSessions: [] };

  const modulePositions = generateNKeysBetween(null, null, shape.modules.length);
  const capsulePositions = generateNKeysBetween(null, null, shape.capsules.length);
  const modules = shape.modules.map((module, index): Module => ({
    id: newId(),
    title: module[language],
    summary: '',
    week: module.week,
    position: modulePositions[index]!,
  }));
  const capsules = modules.flatMap((module) =>
    shape.capsules.map(
      (capsule, index): Capsule => ({
        id: newId(),
        moduleId: module.id,
        title: CAPSULE_TITLES[language][capsule.kind],
        kind: capsule.kind,
        minutesOverride: capsule.minutes,
        weekOverride: null,
        content: emptyDoc(),
        objectiveIds: [],
        position: capsulePositions[index]!,
      }),
    ),
  );
  const lastModule = modules.at(-1)!;
  const liveSessions: LiveSession[] = shape.finalVirtualClass
    ? [
        {
          id: newId(),
          title: FINAL_CLASS_TITLE[language],
          kind: 'virtual-class',
          week: lastModule.week,
          dayOffset: 4,
          startTime: '10:00',
          durationMinutes: 60,
          capacity: null,
          moduleId: lastModule.id,
          notes: '',
        },
      ]
    : [];
  return { course, modules, capsules, liveSessions };
}
