/**
 * What the export hands the SCORM player: one JSON value per SCO, written into the package as
 * `course-data.js` (`window.SPOC_DATA = …`). Types only, with no runtime code, so the
 * dependency-free player can import them.
 */
import type { CompletionRule, Language, Question, ScormVersion } from '../model/course';

export const PLAYER_DATA_FORMAT = 1;

// Omit over each member: a plain Omit of the union would drop every type-specific field.
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A question as the player needs it; the same shape as the model minus authoring fields. */
export type PlayerQuestion = OmitEach<Question, 'quizId' | 'position'>;

export interface PlayerQuiz {
  id: string;
  title: string;
  /** Pass mark in percent (the course's mastery score when the quiz has none of its own). */
  passingScore: number;
  shuffle: boolean;
  /** Draw this many questions at random from the bank; null = all of them. */
  drawCount: number | null;
  feedbackPassed: string;
  feedbackFailed: string;
  questions: PlayerQuestion[];
}

export interface PlayerCapsule {
  id: string;
  title: string;
  kind: string;
  minutes: number;
  /** Content already rendered to safe HTML by the export (every user string escaped). */
  html: string;
  quiz: PlayerQuiz | null;
  objectiveIds: string[];
  /** The capsule's branching scenarios (absent when it has none). */
  scenarios?: PlayerScenario[];
}

/** What the player keeps of a scenario besides its HTML: ids to save the learner's place and report choices. */
export interface PlayerScenario {
  /** Unique in the capsule (shared/export/readScenario). */
  id: string;
  /** The capsule counts as seen only once an end is reached. */
  required: boolean;
  /** Situation ids, the start first. */
  situations: string[];
}

export interface PlayerModule {
  id: string;
  /** Its place in the whole course (1-based), as the outline numbers it, whatever the SCO holds. */
  number: number;
  title: string;
  week: number;
  capsules: PlayerCapsule[];
}

export interface PlayerObjective {
  id: string;
  code: string;
  text: string;
  /** Null for a course-level objective; the cover lists those of the SCO's scope. */
  moduleId: string | null;
}

export interface PlayerData {
  format: typeof PLAYER_DATA_FORMAT;
  /** null in preview: no LMS is expected. */
  scormVersion: ScormVersion | null;
  language: Language;
  course: { id: string; title: string };
  /** The SCO this package part is: the whole course, or one module. */
  sco: { id: string; title: string };
  completionRule: CompletionRule;
  /** The SCO's one pass mark, percent of its score (scoPassMark): also the manifest's. */
  masteryScore: number;
  modules: PlayerModule[];
  objectives: PlayerObjective[];
  /** The client's logo for the player's header, when the theme has one (a file of the package). */
  logo?: { src: string; alt: string };
  /** Only when the designer chose a cohort; absent otherwise so that such exports stay unchanged. */
  programme?: PlayerProgramme;
}

export interface PlayerProgrammeSession {
  title: string;
  /** Kind already in the course's language ("Classe virtuelle"). */
  kindLabel: string;
  /** Local day in the cohort's time zone (YYYY-MM-DD). */
  date: string;
  /** UTC instants (ISO 8601, Z). */
  startsAt: string;
  endsAt: string;
}

export interface PlayerProgrammeWeek {
  week: number;
  theme: string;
  /** YYYY-MM-DD. */
  opensOn: string;
  closesOn: string;
  dueOn: string;
  /** Expected learner workload of the week. */
  minutes: number;
  /** The tutor's time with the learners that week; 0 = none planned. */
  tutorMinutes: number;
  sessions: PlayerProgrammeSession[];
}

/** One cohort's calendar of the course, as computed by the export (holidays already applied). */
export interface PlayerProgramme {
  cohortName: string;
  timeZone: string;
  weeks: PlayerProgrammeWeek[];
}
