import { useTranslation } from 'react-i18next';
import type { OutlineCapsule } from '../../../shared/api/outlineCalls';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';

/** An assessment capsule without a quiz yet: one button creates it, titled after the capsule. */
export function CreateQuizPrompt({ capsule }: { capsule: OutlineCapsule }) {
  const { t } = useTranslation();
  const addQuiz = useAppStore((state) => state.addQuiz);
  return (
    <div className="quiz-create card">
      <h2>{capsule.title}</h2>
      <p>{t('quiz:none')}</p>
      <button type="button" className="button button--primary" onClick={() => void addQuiz(capsule.id, capsule.title)}>
        <Icon name="plus" size={16} />
        {t('quiz:createQuiz')}
      </button>
    </div>
  );
}
