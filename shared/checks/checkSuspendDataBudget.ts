import { indexCourse, type CourseIndex } from '../export/courseIndex';
import { packageScopesOf, type ScoScope } from '../export/exportScopes';
import type { PlayerCapsule } from '../export/playerData';
import { suspendDataLimit, worstCaseSuspendData, worstQuizEntryLength } from '../export/suspendDataCodec';
import type { Question, Quiz } from '../model/course';
import { playerQuestionOf } from '../quiz/playerQuestionOf';
import { makeFinding, type CheckContext } from './checkContext';
import type { Finding } from './finding';

/** A SCO's capsules as the player's saved state sees them (ids and quizzes; no content). */
function scoCapsules(sco: ScoScope, index: CourseIndex): PlayerCapsule[] {
  return sco.modules.flatMap((module) =>
    index.capsulesOf(module.id).map((capsule) => {
      const quiz = index.quizOf(capsule.id);
      return {
        id: capsule.id,
        title: capsule.title,
        kind: capsule.kind,
        minutes: 0,
        html: '',
        objectiveIds: [],
        quiz: quiz ? { ...quiz, passingScore: 0, questions: index.questionsOf(quiz.id).map(playerQuestionOf) } : null,
      };
    }),
  );
}

/**
 * Each quiz's worst entry, kept while its quiz (frozen), capsule and questions stay the same objects:
 * after an edit elsewhere, a large SCO's quizzes are not encoded again.
 */
const entryLengths = new WeakMap<Quiz, { capsuleId: string; questions: readonly Question[]; length: number }>();

function quizEntryLength(capsule: PlayerCapsule, quiz: Quiz, questions: readonly Question[]): number {
  const known = entryLengths.get(quiz);
  if (known && known.capsuleId === capsule.id && known.questions.length === questions.length && known.questions.every((question, at) => question === questions[at])) return known.length;
  const length = worstQuizEntryLength(capsule);
  if (Object.isFrozen(quiz) && questions.every((question) => Object.isFrozen(question))) entryLengths.set(quiz, { capsuleId: capsule.id, questions, length });
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
    const worst = worstCaseSuspendData(capsules, (capsule) => {
      const quiz = index.quizOf(capsule.id)!;
      return quizEntryLength(capsule, quiz, index.questionsOf(quiz.id));
    });
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
