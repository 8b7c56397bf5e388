import { indexCourse, type CourseIndex } from '../export/courseIndex';
import { packageScopesOf, type ScoScope } from '../export/exportScopes';
import type { PlayerCapsule } from '../export/playerData';
import { suspendDataLimit, worstCaseSuspendData, worstQuizEntryLength } from '../export/suspendDataCodec';
import type { Capsule, Question, Quiz } from '../model/course';
import { memoizeFrozenWith } from '../model/memoizeFrozen';
import { playerQuestionOf } from '../quiz/playerQuestionOf';
import { makeFinding, type CheckContext } from './checkContext';
import type { Finding } from './finding';

/** A capsule as the player's saved state sees it (ids and quiz; no content), kept while the capsule, its quiz and its questions stay the same. */
const playerCapsuleOf = memoizeFrozenWith(
  (capsule: Capsule, quiz: Quiz | undefined, questions: Question[]): PlayerCapsule => ({
    id: capsule.id,
    title: capsule.title,
    kind: capsule.kind,
    minutes: 0,
    html: '',
    objectiveIds: [],
    quiz: quiz ? { ...quiz, passingScore: 0, questions: questions.map(playerQuestionOf) } : null,
  }),
);

const NO_QUESTIONS: Question[] = [];

/** A SCO's capsules as the player's saved state sees them. */
function scoCapsules(sco: ScoScope, index: CourseIndex): PlayerCapsule[] {
  return sco.modules.flatMap((module) =>
    index.capsulesOf(module.id).map((capsule) => {
      const quiz = index.quizOf(capsule.id);
      return playerCapsuleOf(capsule, quiz, quiz ? index.questionsOf(quiz.id) : NO_QUESTIONS);
    }),
  );
}

/**
 * Each capsule's worst quiz entry, kept per player capsule: playerCapsuleOf gives the same object
 * while the capsule, its quiz and its questions stay the same, so a large SCO's quizzes are not
 * encoded again after an edit elsewhere.
 */
const entryLengths = new WeakMap<PlayerCapsule, number>();

function quizEntryLength(capsule: PlayerCapsule): number {
  const known = entryLengths.get(capsule);
  if (known !== undefined) return known;
  const length = worstQuizEntryLength(capsule);
  entryLengths.set(capsule, length);
  return length;
}

/**
 * The saved state of each SCO (suspend_data) must fit the version's limit even for the learner
 * who leaves the longest answers, or resuming loses answers: points to the quiz adding the most.
 */
export function checkSuspendDataBudget(context: CheckContext, findings: Finding[]): void {
  const { course } = context.doc;
  const { version, mode } = context.exportOptions;
  const limit = suspendDataLimit(version);
  const index = indexCourse(context.doc);
  for (const sco of packageScopesOf(context.doc, index, mode).flatMap((scope) => scope.scos)) {
    const capsules = scoCapsules(sco, index);
    const worst = worstCaseSuspendData(capsules, quizEntryLength);
    if (worst.length <= limit) continue;
    const biggest = [...worst.quizzes].sort((a, b) => b.length - a.length)[0];
    const capsule = biggest ? capsules[biggest.capsuleIndex] : undefined;
    const question = capsule?.quiz?.questions[0];
    findings.push(
      makeFinding(
        'suspend-data-budget',
        'suspendDataOverBudget',
        question && capsule ? { kind: 'question', id: question.id, capsuleId: capsule.id } : { kind: 'module', id: sco.modules[0]?.id ?? course.id },
        { sco: sco.title, chars: worst.length, limit, version, quiz: capsule?.quiz?.title || capsule?.title || '', quizChars: biggest?.length ?? 0 },
      ),
    );
  }
}
