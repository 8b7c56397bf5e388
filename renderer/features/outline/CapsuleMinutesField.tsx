import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/useAppStore';
import { useFieldDraft } from '../../ui/useFieldDraft';
import { parseMinutesOverride } from '../editor/parseMinutesOverride';

/**
 * Whole minutes in plain digits, as both interface languages write them (and formatDuration does):
 * the first Intl.NumberFormat of a page load cost ~20 ms before the outline's first paint.
 */
function shownMinutes(minutes: number): string {
  return String(Math.max(0, Math.round(minutes)));
}

interface CapsuleMinutesFieldProps {
  /** Id of the input; its unit gets `${id}-unit`, so a row can name itself by what it shows. */
  id?: string;
  capsuleId: string;
  title: string;
  /** The capsule's learner time as shown (estimated or set). */
  minutes: number;
  /** In the tab order (the outline gives it only to the focused row). */
  tabbable?: boolean;
}

/**
 * A capsule's learner time, set where the plan is made (outline row, pacing card): Enter or leaving
 * saves it as the capsule's set time, an empty field goes back to the estimate, Escape cancels.
 */
export function CapsuleMinutesField({ id, capsuleId, title, minutes, tabbable = true }: CapsuleMinutesFieldProps) {
  const { t } = useTranslation();
  const updateCapsule = useAppStore((state) => state.updateCapsule);
  const shown = shownMinutes(minutes);
  const { draft, setDraft, markSent } = useFieldDraft(shown);
  const [invalid, setInvalid] = useState(false);
  const revert = () => {
    setDraft(shown);
    setInvalid(false);
  };
  const commit = () => {
    if (draft === shown) return revert();
    const minutesOverride = parseMinutesOverride(draft);
    if (minutesOverride === undefined) return setInvalid(true);
    setInvalid(false);
    markSent(draft);
    void updateCapsule(capsuleId, { minutesOverride });
  };
  const problemId = `minutes-problem-${capsuleId}`;
  return (
    <span className="minutes-field">
      <input
        id={id}
        className="input minutes-field__input"
        type="text"
        inputMode="decimal"
        size={4}
        tabIndex={tabbable ? 0 : -1}
        aria-label={t('outline:inline.minutes', { title })}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? problemId : undefined}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          // The row's own keys (arrows, Enter, Delete) stay out of the field.
          event.stopPropagation();
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') revert();
        }}
      />
      <span className="minutes-field__unit" id={id && `${id}-unit`} aria-hidden="true">
        {t('outline:inline.minutesUnit')}
      </span>
      {invalid && (
        <span className="minutes-field__problem" id={problemId} role="alert">
          {t('outline:inline.minutesInvalid')}
        </span>
      )}
    </span>
  );
}
