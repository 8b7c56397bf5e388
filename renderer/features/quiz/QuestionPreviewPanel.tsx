import { useTranslation } from 'react-i18next';
import type { SelectionPanelProps } from '../../app/selectionPanels';
import { playerQuestionOf } from '../../../shared/quiz/playerQuestionOf';
import { useAppStore } from '../../state/useAppStore';
import { LearnerQuestionPreview } from './LearnerQuestionPreview';

/** The right panel for a question chosen for preview: the learner's view of its saved version. */
export function QuestionPreviewPanel({ id }: SelectionPanelProps) {
  const { t } = useTranslation();
  const questions = useAppStore((state) => state.openQuiz?.questions);
  const courseLanguage = useAppStore((state) => state.outline?.course.language ?? 'fr');
  const index = questions?.findIndex((question) => question.id === id) ?? -1;
  const question = questions?.[index];
  if (!questions || !question) return <p className="properties__empty">{t('quiz:previewEmpty')}</p>;
  return (
    <section className="props" aria-labelledby="question-preview-heading">
      <p className="props__kind">{t('quiz:previewHeading')}</p>
      <h2 className="props__title" id="question-preview-heading">
        {t('player:questionOf', { number: index + 1, total: questions.length })}
      </h2>
      <p className="field__hint">{t('quiz:previewHint')}</p>
      <LearnerQuestionPreview key={JSON.stringify(question)} question={playerQuestionOf(question)} language={courseLanguage} />
    </section>
  );
}
