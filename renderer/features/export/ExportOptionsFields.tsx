import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportOptions } from '../../../shared/export/exportOptions';
import { PackagingModeSchema, type ScormVersionSchema, type Cohort } from '../../../shared/model/course';

const VERSIONS = ['1.2', '2004-4th', '2004-3rd'] as const satisfies ReadonlyArray<(typeof ScormVersionSchema.options)[number]>;
const MODES = PackagingModeSchema.options;

/** Version, packaging mode and the module lock, as radio groups a keyboard moves through with the arrows. */
export function ExportOptionsFields({
  options,
  cohorts,
  disabled,
  onChange,
}: {
  options: ExportOptions;
  /** Cohorts whose programme the player may show. */
  cohorts: ReadonlyArray<Pick<Cohort, 'id' | 'name'>>;
  disabled: boolean;
  onChange: (options: ExportOptions) => void;
}) {
  const { t } = useTranslation();
  const ids = useId();
  return (
    <div className="export-options">
      <fieldset className="export-options__group" disabled={disabled}>
        <legend className="field__label">{t('export:versionLegend')}</legend>
        {VERSIONS.map((version) => (
          <label key={version} className="export-choice">
            <input type="radio" name={`${ids}-version`} value={version} checked={options.version === version} onChange={() => onChange({ ...options, version })} />
            <span className="export-choice__text">
              <span className="export-choice__name">{t(`export:version.${version}`)}</span>
              <span className="field__hint">{t(`export:version.${version}.hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="export-options__group" disabled={disabled}>
        <legend className="field__label">{t('export:modeLegend')}</legend>
        {MODES.map((mode) => (
          <label key={mode} className="export-choice">
            <input
              type="radio"
              name={`${ids}-mode`}
              value={mode}
              checked={options.mode === mode}
              onChange={() => onChange({ ...options, mode, lockModules: mode === 'module-scos' && options.lockModules })}
            />
            <span className="export-choice__text">
              <span className="export-choice__name">{t(`export:mode.${mode}`)}</span>
              <span className="field__hint">{t(`export:mode.${mode}.hint`)}</span>
            </span>
          </label>
        ))}
        {options.mode === 'module-scos' && (
          <label className="export-choice export-choice--nested">
            <input type="checkbox" checked={options.lockModules} onChange={(event) => onChange({ ...options, lockModules: event.target.checked })} />
            <span className="export-choice__name">{t('export:lockModules')}</span>
          </label>
        )}
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-programme`}>
          {t('export:programmeCohort')}
        </label>
        <select
          id={`${ids}-programme`}
          className="select"
          disabled={disabled}
          value={options.programmeCohortId ?? ''}
          onChange={(event) => onChange({ ...options, programmeCohortId: event.target.value || null })}
        >
          <option value="">{t('export:programmeNone')}</option>
          {cohorts.map((cohort) => (
            <option key={cohort.id} value={cohort.id}>
              {cohort.name}
            </option>
          ))}
        </select>
        <p className="field__hint">{t('export:programmeHint')}</p>
      </div>
      <label className="export-choice">
        <input type="checkbox" disabled={disabled} checked={options.includeSource} onChange={(event) => onChange({ ...options, includeSource: event.target.checked })} />
        <span className="export-choice__text">
          <span className="export-choice__name">{t('export:includeSource')}</span>
          <span className="field__hint">{t('export:includeSourceHint')}</span>
        </span>
      </label>
    </div>
  );
}
