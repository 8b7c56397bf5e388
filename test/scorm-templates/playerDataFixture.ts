import type { PlayerCapsule, PlayerData, PlayerQuestion } from '../../shared/export/playerData';
import { parseCloze } from '../../shared/quiz/parseCloze';
import type { ScormVersion } from '../../shared/model/course';
import { questionsByType } from '../shared/quiz/questionFixtures';

const uuid = (prefix: number, n: number) => `${String(prefix).padStart(8, '0')}-0000-7000-8000-${String(n).padStart(12, '0')}`;

export const OBJECTIVE_IDS = [uuid(9, 1), uuid(9, 2)];

/** Every question type once, with fresh ids, linked to the first objective. */
export function mixedQuestions(seed: number): PlayerQuestion[] {
  return Object.values(questionsByType).map((question, index) => ({ ...question, id: uuid(seed, index + 1), objectiveIds: [OBJECTIVE_IDS[0] as string] }));
}

export interface FixtureShape {
  modules: number;
  capsulesPerModule: number;
  /** Capsules (flat index) that end with a quiz of `questionsPerQuiz` questions. */
  quizAt: number[];
  questionsPerQuiz?: number;
  version?: ScormVersion | null;
}

/** A SCO's player data of any size, quizzes made of every question type in turn. */
export function playerDataFixture(shape: FixtureShape): PlayerData {
  let flat = 0;
  const modules = Array.from({ length: shape.modules }, (_, moduleIndex) => ({
    id: uuid(1, moduleIndex),
    number: moduleIndex + 1,
    title: `Module ${moduleIndex + 1}`,
    week: moduleIndex + 1,
    capsules: Array.from({ length: shape.capsulesPerModule }, (): PlayerCapsule => {
      const index = flat++;
      const hasQuiz = shape.quizAt.includes(index);
      const questions = hasQuiz
        ? Array.from({ length: shape.questionsPerQuiz ?? 7 }, (_, q) => ({ ...(mixedQuestions(100 + index)[q % 7] as PlayerQuestion), id: uuid(100 + index, q + 1) }))
        : [];
      return {
        id: uuid(2, index),
        title: `Capsule ${index + 1}`,
        kind: hasQuiz ? 'assessment' : 'reading',
        minutes: 5,
        html: `<p>Contenu ${index + 1}</p>`,
        objectiveIds: index === 0 ? [OBJECTIVE_IDS[1] as string] : [],
        quiz: hasQuiz
          ? { id: uuid(3, index), title: `Quiz ${index + 1}`, passingScore: 80, shuffle: false, drawCount: null, feedbackPassed: 'Bravo', feedbackFailed: 'Revoyez', questions }
          : null,
      };
    }),
  }));
  return {
    format: 1,
    scormVersion: shape.version === undefined ? '1.2' : shape.version,
    language: 'fr',
    course: { id: uuid(4, 1), title: 'OPTIMANAGER' },
    sco: { id: uuid(4, 2), title: 'OPTIMANAGER' },
    completionRule: 'viewed-and-passed',
    masteryScore: 80,
    modules,
    objectives: OBJECTIVE_IDS.map((id, index) => ({ id, code: `O${index + 1}`, text: `Objectif ${index + 1}`, moduleId: null })),
  };
}

/** The right answer to each fixture question type, by position in its lists. */
export function rightAnswer(question: PlayerQuestion) {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice':
      return question.options.flatMap((option, index) => (option.correct ? [index] : []));
    case 'true-false':
      return question.answer;
    case 'fill-in':
      return question.acceptedAnswers[0] as string;
    case 'cloze':
      return parseCloze(question.text).blanks.map((accepted) => accepted[0] ?? '');
    case 'matching':
      return question.pairs.map((_, index) => index);
    case 'ordering':
      return question.items.map((_, index) => index);
    case 'numeric':
      return question.answer;
  }
}
