import { capsuleMinutes } from '../model/durations';
import { answeredQuestionCount } from '../quiz/answeredQuestions';
import { byPosition } from '../model/byPosition';
import type { CourseDocument } from '../model/courseDocument';
import type { Quiz } from '../model/course';
import type { CourseIndex } from './courseIndex';
import type { ExportOptions } from './exportOptions';
import type { ScoScope } from './exportScopes';
import { PLAYER_DATA_FORMAT, type PlayerCapsule, type PlayerData, type PlayerQuiz } from './playerData';
import { playerQuestionOf } from '../quiz/playerQuestionOf';
import { renderCapsuleHtml } from './renderCapsuleHtml';
import { scenariosOf } from './readScenario';
import { buildPlayerProgramme } from './buildPlayerProgramme';
import { scoPassMark } from './scoPassMark';
import { mediaPathOf } from './mediaPath';
import { themeLogoOf } from '../theme/themeStyle';

/**
 * What the player of one SCO reads: its modules and capsules in order, capsule HTML rendered and
 * escaped, quizzes without authoring fields, and the objectives it touches. Every other string is
 * plain text the player must insert as text, never as HTML.
 */
export function buildPlayerData(doc: CourseDocument, index: CourseIndex, scope: ScoScope, options: Pick<ExportOptions, 'version'> & Partial<Pick<ExportOptions, 'programmeCohortId'>>): PlayerData {
  const { course } = doc;
  const moduleIds = new Set(scope.modules.map((module) => module.id));
  const modules = scope.modules.map((module) => ({
    id: module.id,
    number: index.modules.findIndex((candidate) => candidate.id === module.id) + 1,
    title: module.title,
    week: module.week,
    capsules: index.capsulesOf(module.id).map((capsule): PlayerCapsule => {
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
    }),
  }));
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
    masteryScore: scoPassMark(modules.flatMap((module) => module.capsules.flatMap((capsule) => capsule.quiz ?? [])), course.masteryScore),
    modules,
    objectives,
    ...(logo ? { logo: { src: `../${mediaPathOf(logo)}`, alt: course.client.trim() || course.title } } : {}),
    ...(cohort ? { programme: buildPlayerProgramme(doc, cohort) } : {}),
  };
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
