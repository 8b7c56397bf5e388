import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';

/** Deletes a cohort on a second, explicit click, so a stray click loses nothing. */
export function DeleteCohortButton({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation();
  const deleteCohort = useAppStore((state) => state.deleteCohort);
  const [confirming, setConfirming] = useState(false);
  return (
    <button
      type="button"
      className={`button button--small ${confirming ? 'button--danger' : 'button--ghost'}`}
      onClick={() => (confirming ? void deleteCohort(cohortId) : setConfirming(true))}
      onBlur={() => setConfirming(false)}
    >
      <Icon name="trash" size={15} />
      {confirming ? t('pacing:confirmDeleteCohort') : t('pacing:deleteCohort')}
    </button>
  );
}
