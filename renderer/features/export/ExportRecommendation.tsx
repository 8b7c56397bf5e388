import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportOptions } from '../../../shared/export/exportOptions';
import { lmsNameOf, recommendedOptions, type LmsPreset } from '../../../shared/export/lmsPresets';

/** The version and packaging the framing's target LMS calls for, why, and a button to use them when the choice differs. */
export function ExportRecommendation({ preset, targetLms, options, disabled, onApply }: { preset: LmsPreset; targetLms: string; options: ExportOptions; disabled: boolean; onApply: (options: ExportOptions) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const { version, mode } = preset.recommended;
  const inUse = options.version === version && options.mode === mode;
  return (
    <section className="export-recommendation" aria-labelledby={`${id}-title`} data-testid="export-recommendation">
      <h3 id={`${id}-title`} className="export-recommendation__title">
        {t('export:recommendedTitle', { lms: lmsNameOf(preset, targetLms), version: t(`export:version.${version}`), mode: t(`export:mode.${mode}`) })}
      </h3>
      <p>{t(`export:presetWhy.${preset.id}`)}</p>
      {inUse ? (
        <p className="export-recommendation__in-use">{t('export:recommendedInUse')}</p>
      ) : (
        <button type="button" className="button button--small" disabled={disabled} onClick={() => onApply(recommendedOptions(preset, options))}>
          {t('export:recommendedApply')}
        </button>
      )}
    </section>
  );
}
