import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../i18n/formatDuration';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';
import { MAX_OVERRIDE_MINUTES, parseMinutesOverride } from './parseMinutesOverride';

/** The capsule's time as computed from its content (live), and the designer's override with a way back to the estimate. */
export function DurationBar({ estimateMinutes, overrideMinutes }: { estimateMinutes: number; overrideMinutes: number | null }) {
  const { t } = useTranslation();
  const fieldId = useId();
  const updateEditingCapsule = useAppStore((state) => state.updateEditingCapsule);
  const [draft, setDraft] = useState(overrideMinutes === null ? '' : String(overrideMinutes));
  const [shown, setShown] = useState(overrideMinutes);
  if (shown !== overrideMinutes) {
    setShown(overrideMinutes);
    setDraft(overrideMinutes === null ? '' : String(overrideMinutes));
  }

  const commit = () => {
    const minutes = parseMinutesOverride(draft);
    if (minutes === undefined) return setDraft(overrideMinutes === null ? '' : String(overrideMinutes));
    if (minutes !== overrideMinutes) void updateEditingCapsule({ minutesOverride: minutes });
  };

  const estimate = formatDuration(estimateMinutes, t);
  return (
    <div className="duration-bar">
      <span className="duration-bar__estimate" data-testid="capsule-estimate">
        <Icon name="clock" size={16} />
        {overrideMinutes === null
          ? t('editor:estimate', { duration: estimate })
          : t('editor:estimateOverridden', { duration: formatDuration(overrideMinutes, t), estimate })}
      </span>
      <label className="duration-bar__label" htmlFor={fieldId}>
        {t('editor:override')}
      </label>
      <input
        id={fieldId}
        className="input input--number duration-bar__input"
        type="number"
        inputMode="decimal"
        min={0}
        max={MAX_OVERRIDE_MINUTES}
        step="any"
        placeholder={t('editor:overridePlaceholder')}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') setDraft(overrideMinutes === null ? '' : String(overrideMinutes));
        }}
      />
      {overrideMinutes !== null && (
        <button type="button" className="button button--ghost button--small" onClick={() => void updateEditingCapsule({ minutesOverride: null })}>
          {t('editor:resetOverride')}
        </button>
      )}
    </div>
  );
}
