import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/useAppStore';
import { linkableObjectives } from '../objectives/linkableObjectives';
import { CreateQuizPrompt } from './CreateQuizPrompt';
import { QuizEditor } from './QuizEditor';
import { QuizList } from './QuizList';
import './quiz.css';

/** The assessments place: the course's quizzes by module on the left, the chosen quiz's editor beside it. */
export function QuizView() {
  const { t } = useTranslation();
  const outline = useAppStore((state) => state.outline);
  const summaries = useAppStore((state) => state.quizSummaries);
  const capsuleId = useAppStore((state) => state.quizCapsuleId);
  const openQuiz = useAppStore((state) => state.openQuiz);
  const loadQuizSummaries = useAppStore((state) => state.loadQuizSummaries);
  const openCapsuleQuiz = useAppStore((state) => state.openCapsuleQuiz);
  const objectiveData = useAppStore((state) => state.objectiveData);
  const loadObjectives = useAppStore((state) => state.loadObjectives);

  // Read again at each visit, so that edits made elsewhere (outline, undo) show when coming back.
  const [visitCapsuleId] = useState(capsuleId);
  useEffect(() => {
    void loadQuizSummaries();
    void loadObjectives();
    if (visitCapsuleId) void openCapsuleQuiz(visitCapsuleId);
  }, [loadQuizSummaries, loadObjectives, openCapsuleQuiz, visitCapsuleId]);

  if (!outline || !summaries) return null;
  const capsuleModule = outline.modules.find((module) => module.capsules.some((candidate) => candidate.id === capsuleId));
  const capsule = capsuleModule?.capsules.find((candidate) => candidate.id === capsuleId);
  const objectives = capsuleModule ? linkableObjectives(objectiveData?.objectives ?? [], capsuleModule.id) : [];
  const quizCount = Object.keys(summaries).length;
  const questionCount = Object.values(summaries).reduce((sum, summary) => sum + summary.questionCount, 0);

  return (
    <div className="quiz-place">
      <header className="quiz-place__header">
        <h1>{t('quiz:placeHeading')}</h1>
        <p className="quiz-place__summary" data-testid="quiz-summary">
          {t('quiz:placeSummary', { quizzes: t('quiz:placeSummary.quizzes', { count: quizCount }), questions: t('quiz:placeSummary.questions', { count: questionCount }) })}
        </p>
      </header>
      <div className="quiz-place__columns">
        <QuizList outline={outline} summaries={summaries} currentCapsuleId={capsuleId} onChoose={(id) => void openCapsuleQuiz(id)} />
        <section className="quiz-place__editor" aria-live="polite" aria-busy={capsule && summaries[capsule.id] && !openQuiz ? true : undefined}>
          {!capsule && <p className="quiz-place__empty">{t('quiz:chooseQuiz')}</p>}
          {capsule && !summaries[capsule.id] && !openQuiz && <CreateQuizPrompt capsule={capsule} />}
          {capsule && openQuiz && openQuiz.quiz.capsuleId === capsule.id && (
            <QuizEditor
              key={openQuiz.quiz.id}
              capsuleTitle={capsule.title}
              quiz={openQuiz.quiz}
              questions={openQuiz.questions}
              masteryScore={outline.course.masteryScore}
              objectives={objectives}
            />
          )}
        </section>
      </div>
    </div>
  );
}
