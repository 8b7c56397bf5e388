import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECK_IDS, type CheckSettings } from '../../../shared/checks/checkSettings';
import { useAppStore } from '../../state/useAppStore';

type NumberSetting = 'maxCapsuleMinutes' | 'maxVideoMinutes' | 'minCohortSize' | 'maxCohortSize' | 'maxSameKindInARow';
const NUMBER_SETTINGS: readonly { name: NumberSetting; min: number; max: number }[] = [
  { name: 'maxCapsuleMinutes', min: 1, max: 600 },
  { name: 'maxVideoMinutes', min: 1, max: 600 },
  { name: 'minCohortSize', min: 0, max: 100_000 },
  { name: 'maxCohortSize', min: 1, max: 100_000 },
  { name: 'maxSameKindInARow', min: 1, max: 100 },
];

/** The course's thresholds and which checks run; saved together, since the cohort bounds depend on each other. */
export function CheckSettingsForm({ settings }: { settings: CheckSettings }) {
  const { t } = useTranslation();
  const saveCheckSettings = useAppStore((state) => state.saveCheckSettings);
  const [draft, setDraft] = useState(settings);
  const [status, setStatus] = useState<'idle' | 'saved' | 'invalid'>('idle');
  const fieldId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (draft.minCohortSize > draft.maxCohortSize) return setStatus('invalid');
    setStatus('idle');
    if (await saveCheckSettings(draft)) setStatus('saved');
  };
  const toggle = (checkId: (typeof CHECK_IDS)[number], enabled: boolean) =>
    setDraft((current) => ({
      ...current,
      disabledChecks: enabled ? current.disabledChecks.filter((id) => id !== checkId) : [...current.disabledChecks, checkId],
    }));

  return (
    <form className="check-settings" aria-labelledby={`${fieldId}-heading`} onSubmit={(event) => void submit(event)}>
      <h2 id={`${fieldId}-heading`}>{t('checks:settingsTitle')}</h2>
      <div className="check-settings__numbers">
        {NUMBER_SETTINGS.map(({ name, min, max }) => (
          <div className="field" key={name}>
            <label className="field__label" htmlFor={`${fieldId}-${name}`}>
              {t(`checks:${name}`)}
            </label>
            <input
              id={`${fieldId}-${name}`}
              className="input input--number"
              type="number"
              required
              min={min}
              max={max}
              step={name.endsWith('Minutes') ? 0.5 : 1}
              value={draft[name]}
              onChange={(event) => setDraft((current) => ({ ...current, [name]: event.target.valueAsNumber }))}
            />
          </div>
        ))}
      </div>
      <fieldset className="check-settings__enabled">
        <legend className="field__label">{t('checks:enabledChecks')}</legend>
        {CHECK_IDS.map((checkId) => (
          <label className="checkbox" key={checkId}>
            <input type="checkbox" checked={!draft.disabledChecks.includes(checkId)} onChange={(event) => toggle(checkId, event.target.checked)} />
            {t(`checks:check.${checkId}`)}
          </label>
        ))}
      </fieldset>
      <div className="check-settings__actions">
        <button type="submit" className="button button--primary">
          {t('checks:saveSettings')}
        </button>
        <p role="status" className={status === 'invalid' ? 'field__error' : 'check-settings__saved'}>
          {status === 'saved' && t('checks:settingsSaved')}
          {status === 'invalid' && t('checks:settingsInvalid')}
        </p>
      </div>
    </form>
  );
}
