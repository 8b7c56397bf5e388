import { useTranslation } from 'react-i18next';
import type { Outline } from '../../../shared/api/outlineCalls';
import type { Id } from '../../../shared/model/ids';
import type { QuizSummary } from '../../state/quizSlice';
import { CapsuleKindIcon } from '../outline/CapsuleKindIcon';
import { assessmentsByModule } from './assessmentsByModule';

interface QuizListProps {
  outline: Outline;
  summaries: Readonly<Record<Id, QuizSummary>>;
  currentCapsuleId: Id | null;
  onChoose(capsuleId: Id): void;
}

/** The course's assessments, module by module, each with its question count (or "no quiz yet"). */
export function QuizList({ outline, summaries, currentCapsuleId, onChoose }: QuizListProps) {
  const { t } = useTranslation();
  const groups = assessmentsByModule(outline, summaries);
  const hasAny = groups.some((group) => group.entries.length > 0);
  return (
    <nav className="quiz-list" aria-label={t('quiz:listLabel')}>
      {!hasAny && <p className="quiz-list__none">{t('quiz:noAssessmentInCourse')}</p>}
      {groups.map((group) => (
        <section key={group.moduleId} className="quiz-list__module">
          <h2 className="quiz-list__module-title">{group.title}</h2>
          {group.entries.length === 0 ? (
            <p className="quiz-list__none">{t('quiz:moduleNoAssessment')}</p>
          ) : (
            <ul>
              {group.entries.map(({ capsule, quiz }) => (
                <li key={capsule.id}>
                  <button
                    type="button"
                    className="pick-item quiz-list__item"
                    aria-current={capsule.id === currentCapsuleId ? 'true' : undefined}
                    data-testid="quiz-list-item"
                    onClick={() => onChoose(capsule.id)}
                  >
                    <CapsuleKindIcon kind={capsule.kind} />
                    <span className="quiz-list__text">
                      <span className="quiz-list__title">{capsule.title}</span>
                      <span className="quiz-list__meta">{quiz ? t('quiz:questionCount', { count: quiz.questionCount }) : t('quiz:noQuizYet')}</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </nav>
  );
}
