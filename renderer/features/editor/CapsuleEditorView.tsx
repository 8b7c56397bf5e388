import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/useAppStore';
import { CapsuleReviewComments } from '../review/CapsuleReviewComments';
import { CapsuleEditor } from './CapsuleEditor';
import './editor.css';

/** The centre while a capsule is open: its editor once loaded. */
export function CapsuleEditorView() {
  const { t } = useTranslation();
  const capsule = useAppStore((state) => state.editingCapsule);
  const questionCount = useAppStore((state) => state.editingQuestionCount);
  const revision = useAppStore((state) => state.editingRevision);
  if (!capsule) return <p className="loading">{t('editor:loading')}</p>;
  return (
    <>
      <CapsuleReviewComments capsuleId={capsule.id} />
      <CapsuleEditor key={`${capsule.id}/${revision}`} capsule={capsule} questionCount={questionCount} />
    </>
  );
}
