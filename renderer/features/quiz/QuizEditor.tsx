import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validateQuiz } from '../../../shared/authoring/validateQuiz';
import type { Objective, Question, Quiz } from '../../../shared/model/course';
import type { Id } from '../../../shared/model/ids';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';
import { AddQuestionBar } from './AddQuestionBar';
import { IssueList } from './IssueList';
import { issuesAt, quizIssuePlace } from './issuePlaces';
import { QuestionCard } from './QuestionCard';
import { QuizObjectivesField } from './QuizObjectivesField';
import { QuizSettings } from './QuizSettings';

interface QuizEditorProps {
  capsuleTitle: string;
  quiz: Quiz;
  questions: Question[];
  masteryScore: number;
  /** Objectives its questions may assess (the course's and the capsule's module's). */
  objectives: readonly Objective[];
}

/** One quiz: its settings, its questions (one open for editing at a time) and the bar to add more. */
export function QuizEditor({ capsuleTitle, quiz, questions, masteryScore, objectives }: QuizEditorProps) {
  const { t } = useTranslation();
  // Arriving from a check or an export blocker that points at a question opens it.
  const selectedQuestionId = useAppStore((state) => (state.selection?.kind === 'question' ? state.selection.id : null));
  const [openQuestionId, setOpenQuestionId] = useState<Id | null>(() =>
    questions.some((question) => question.id === selectedQuestionId) ? selectedQuestionId : null,
  );
  const validation = validateQuiz(quiz, questions, masteryScore);
  const errorCount = validation.quizIssues.filter((issue) => issue.severity === 'error').length +
    Object.values(validation.questionIssues).flat().filter((issue) => issue.severity === 'error').length;
  const warningCount = validation.quizIssues.length + Object.values(validation.questionIssues).flat().length - errorCount;

  return (
    <div className="quiz-editor">
      <header className="quiz-editor__header">
        <h2>{capsuleTitle}</h2>
        <p className="quiz-editor__status" data-testid="quiz-status">
          {validation.playable ? (
            <span className="quiz-editor__ok">
              <Icon name="check" size={14} />
              {t('quiz:playable')}
            </span>
          ) : (
            <span className="quiz-editor__errors">{t('quiz:errorCount', { count: errorCount })}</span>
          )}
          {warningCount > 0 && <span className="quiz-editor__warnings">{t('quiz:warningCount', { count: warningCount })}</span>}
        </p>
      </header>
      <QuizSettings quiz={quiz} questionCount={questions.length} masteryScore={masteryScore} issues={validation.quizIssues} />
      <QuizObjectivesField objectives={objectives} questions={questions} />
      <section className="quiz-questions" aria-labelledby="quiz-questions-heading">
        <h3 id="quiz-questions-heading" className="quiz-section-title">
          {t('quiz:questions')}
          <span className="badge">{t('quiz:totalPoints', { count: questions.reduce((sum, question) => sum + question.points, 0) })}</span>
        </h3>
        <IssueList issues={issuesAt(validation.quizIssues, quizIssuePlace, 'questions')} />
        {questions.length === 0 && <p className="quiz-questions__empty">{t('quiz:noQuestions')}</p>}
        <ol className="quiz-questions__list">
          {questions.map((question, index) => (
            <QuestionCard
              key={question.id}
              question={question}
              index={index}
              count={questions.length}
              issues={validation.questionIssues[question.id] ?? []}
              open={openQuestionId === question.id}
              onToggle={() => setOpenQuestionId(openQuestionId === question.id ? null : question.id)}
              onOpen={setOpenQuestionId}
              objectives={objectives}
            />
          ))}
        </ol>
        <AddQuestionBar lastQuestionId={questions[questions.length - 1]?.id} onAdded={setOpenQuestionId} />
      </section>
    </div>
  );
}
