import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newQuestionDraft } from '../../../shared/authoring/newQuestionDraft';
import { QUESTION_TYPES, type QuestionType } from '../../../shared/model/course';
import type { Id } from '../../../shared/model/ids';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';

/** Picks one of the question types and adds a playable starter question of it at the end. */
export function AddQuestionBar({ lastQuestionId, onAdded }: { lastQuestionId: Id | undefined; onAdded(id: Id): void }) {
  const { t } = useTranslation();
  const addQuestion = useAppStore((state) => state.addQuestion);
  const [type, setType] = useState<QuestionType>('single-choice');
  const fieldId = useId();
  const add = async () => {
    const draft = newQuestionDraft(type, {
      prompt: t('quiz:draft.prompt'),
      option: (n) => t('quiz:draft.option', { n }),
      pairLeft: (n) => t('quiz:draft.left', { n }),
      pairRight: (n) => t('quiz:draft.right', { n }),
      answer: t('quiz:draft.answer'),
      clozeText: t('quiz:draft.cloze'),
    });
    const id = await addQuestion(draft, lastQuestionId);
    if (id) onAdded(id);
  };
  return (
    <div className="quiz-add">
      <label className="visually-hidden" htmlFor={fieldId}>
        {t('quiz:questionType')}
      </label>
      <select id={fieldId} className="select quiz-add__type" value={type} onChange={(event) => setType(event.target.value as QuestionType)}>
        {QUESTION_TYPES.map((option) => (
          <option key={option} value={option}>
            {t(`quiz:type.${option}`)}
          </option>
        ))}
      </select>
      <button type="button" className="button button--primary" onClick={() => void add()}>
        <Icon name="plus" size={16} />
        {t('quiz:addQuestion')}
      </button>
    </div>
  );
}
