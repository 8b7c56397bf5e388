import { capsuleMinutes } from '../model/durations';
import { answeredQuestionCount } from '../quiz/answeredQuestions';
import { byPosition } from '../model/byPosition';
import type { CourseDocument } from '../model/courseDocument';
import type { Capsule, Course, Module, Quiz } from '../model/course';
import type { CourseIndex } from './courseIndex';
import type { ExportOptions } from './exportOptions';
import type { ScoScope } from './exportScopes';
import { PLAYER_DATA_FORMAT, type PlayerCapsule, type PlayerData, type PlayerModule, type PlayerQuiz } from './playerData';
import { LazyJsonArray, jsonPieces } from './jsonPieces';
import { escapeScriptJson } from './markupEscapes';
import { playerQuestionOf } from '../quiz/playerQuestionOf';
import { renderCapsuleHtml } from './renderCapsuleHtml';
import { scenariosOf } from './readScenario';
import { buildPlayerProgramme } from './buildPlayerProgramme';
import { scoPassMark } from './scoPassMark';
import { mediaPathOf } from './mediaPath';
import { themeLogoOf } from '../theme/themeStyle';

type PlayerDataOptions = Pick<ExportOptions, 'version'> & Partial<Pick<ExportOptions, 'programmeCohortId'>>;

/**
 * What the player of one SCO reads: its modules and capsules in order, capsule HTML rendered and
 * escaped, quizzes without authoring fields, and the objectives it touches. Every other string is
 * plain text the player must insert as text, never as HTML.
 */
export function buildPlayerData(doc: CourseDocument, index: CourseIndex, scope: ScoScope, options: PlayerDataOptions): PlayerData {
  const modules = scope.modules.map((module) => ({ ...playerModuleHead(index, module), capsules: index.capsulesOf(module.id).map((capsule) => playerCapsuleOf(capsule, index, doc.course)) }));
  return playerDataAround(doc, index, scope, options, modules);
}

/**
 * The same data as toScriptLiteral(buildPlayerData(…)), in pieces: each capsule is made, serialized
 * and dropped in turn, so a large course's course-data.js never exists whole in memory.
 */
export function* playerDataLiteralPieces(doc: CourseDocument, index: CourseIndex, scope: ScoScope, options: PlayerDataOptions): Generator<string> {
  const modules = new LazyJsonArray(function* () {
    for (const module of scope.modules) {
      const capsules = new LazyJsonArray(function* () {
        for (const capsule of index.capsulesOf(module.id)) yield playerCapsuleOf(capsule, index, doc.course);
      });
      yield { ...playerModuleHead(index, module), capsules };
    }
  });
  for (const piece of jsonPieces(playerDataAround(doc, index, scope, options, modules))) yield escapeScriptJson(piece);
}

/** What the manifest needs of a SCO's quizzes: whether it has any, and its one pass mark (as in its player data). */
export function scoScoringOf(doc: CourseDocument, index: CourseIndex, scope: ScoScope): { hasQuiz: boolean; masteryScore: number } {
  const quizzes = scoQuizzesOf(index, scope, doc.course.masteryScore);
  return { hasQuiz: quizzes.length > 0, masteryScore: scoPassMark(quizzes, doc.course.masteryScore) };
}

/** The SCO's data around its modules, given whole (an array) or made on demand (LazyJsonArray). */
function playerDataAround<M>(doc: CourseDocument, index: CourseIndex, scope: ScoScope, options: PlayerDataOptions, modules: M): Omit<PlayerData, 'modules'> & { modules: M } {
  const { course } = doc;
  const moduleIds = new Set(scope.modules.map((module) => module.id));
  const objectives = [...doc.objectives]
    .filter((objective) => objective.moduleId === null || moduleIds.has(objective.moduleId))
    .sort(byPosition)
    .map(({ id, code, text, moduleId }) => ({ id, code, text, moduleId }));
  const logo = themeLogoOf(course.theme, index.mediaById);
  const cohort = options.programmeCohortId ? doc.cohorts.find((candidate) => candidate.id === options.programmeCohortId) : undefined;
  return {
    format: PLAYER_DATA_FORMAT,
    scormVersion: options.version,
    language: course.language,
    course: { id: course.id, title: course.title },
    sco: { id: scope.id, title: scope.title },
    completionRule: course.completionRule,
    masteryScore: scoPassMark(scoQuizzesOf(index, scope, course.masteryScore), course.masteryScore),
    modules,
    objectives,
    ...(logo ? { logo: { src: `../${mediaPathOf(logo)}`, alt: course.client.trim() || course.title } } : {}),
    ...(cohort ? { programme: buildPlayerProgramme(doc, cohort) } : {}),
  };
}

function playerModuleHead(index: CourseIndex, module: Module): Omit<PlayerModule, 'capsules'> {
  return { id: module.id, number: index.modules.findIndex((candidate) => candidate.id === module.id) + 1, title: module.title, week: module.week };
}

function playerCapsuleOf(capsule: Capsule, index: CourseIndex, course: Course): PlayerCapsule {
  const quiz = index.quizOf(capsule.id);
  const playerQuiz = quiz ? toPlayerQuiz(quiz, index, course.masteryScore) : null;
  const askedQuestions = playerQuiz ? answeredQuestionCount(playerQuiz, playerQuiz.questions.length) : 0;
  const scenarios = scenariosOf(capsule.content).map((scenario) => ({ id: scenario.id, required: scenario.required, situations: scenario.situations.map((situation) => situation.id) }));
  return {
    id: capsule.id,
    title: capsule.title,
    kind: capsule.kind,
    minutes: capsuleMinutes(capsule, askedQuestions),
    html: renderCapsuleHtml(capsule.content, { language: course.language, mediaById: index.mediaById }),
    quiz: playerQuiz,
    objectiveIds: capsule.objectiveIds,
    ...(scenarios.length > 0 ? { scenarios } : {}),
  };
}

/** The SCO's quizzes in course order, as its capsules carry them. */
function scoQuizzesOf(index: CourseIndex, scope: ScoScope, courseMasteryScore: number): PlayerQuiz[] {
  return scope.modules.flatMap((module) =>
    index.capsulesOf(module.id).flatMap((capsule) => {
      const quiz = index.quizOf(capsule.id);
      return quiz ? [toPlayerQuiz(quiz, index, courseMasteryScore)] : [];
    }),
  );
}

function toPlayerQuiz(quiz: Quiz, index: CourseIndex, courseMasteryScore: number): PlayerQuiz {
  return {
    id: quiz.id,
    title: quiz.title,
    passingScore: quiz.passingScore ?? courseMasteryScore,
    shuffle: quiz.shuffle,
    drawCount: quiz.drawCount,
    feedbackPassed: quiz.feedbackPassed,
    feedbackFailed: quiz.feedbackFailed,
    questions: index.questionsOf(quiz.id).map(playerQuestionOf),
  };
}
