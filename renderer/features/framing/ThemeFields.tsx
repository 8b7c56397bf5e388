import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { THEME_FONT_STACKS, type ClientTheme, type ThemeFont } from '../../../shared/model/clientTheme';
import { checkContrast } from '../../../shared/theme/colourContrast';
import { READY_THEMES, type ReadyThemeName } from '../../../shared/theme/readyThemes';
import { inkOn } from '../../../shared/theme/themeStyle';
import { useAppStore } from '../../state/useAppStore';
import { MediaPicker } from '../editor/blocks/MediaPicker';

const WHITE = '#ffffff';

/** The client's look in the player: ready themes, two checked colours, a font and a logo; each change saves itself. */
export function ThemeFields() {
  const { t } = useTranslation();
  const theme = useAppStore((state) => state.outline?.course.theme);
  const updateCourse = useAppStore((state) => state.updateCourse);
  const fontId = useId();
  // The theme is saved whole: a change made before the previous one is read back builds on what was
  // sent, not on the older theme on screen (picking a font then a logo at once kept only the logo).
  const unconfirmed = useRef<ClientTheme | null>(null);
  if (!theme) return null;
  const save = (change: Partial<ClientTheme>) => {
    const next = { ...(unconfirmed.current ?? theme), ...change };
    unconfirmed.current = next;
    void updateCourse({ theme: next }).finally(() => {
      if (unconfirmed.current === next) unconfirmed.current = null;
    });
  };
  return (
    <>
      <p className="framing-theme__intro framing-field--wide">{t('framing:themeIntro')}</p>
      <fieldset className="framing-theme__presets framing-field--wide">
        <legend className="field__label">{t('framing:themePresets')}</legend>
        {(Object.keys(READY_THEMES) as ReadyThemeName[]).map((name) => {
          const preset = READY_THEMES[name];
          return (
            <button key={name} type="button" className="button framing-theme__preset" data-testid={`theme-preset-${name}`} onClick={() => save(preset)}>
              <span className="framing-theme__swatch" style={{ background: preset.primary }} aria-hidden="true" />
              <span className="framing-theme__swatch" style={{ background: preset.accent }} aria-hidden="true" />
              {t(`framing:preset.${name}`)}
            </button>
          );
        })}
      </fieldset>
      <ColourField label={t('framing:themePrimary')} use={t('framing:themePrimaryUse')} value={theme.primary} ink={() => WHITE} testId="theme-primary" onSave={(primary) => save({ primary })} />
      <ColourField label={t('framing:themeAccent')} use={t('framing:themeAccentUse')} value={theme.accent} ink={inkOn} testId="theme-accent" onSave={(accent) => save({ accent })} />
      <div className="field framing-field" data-testid="theme-font">
        <label className="field__label" htmlFor={fontId}>
          {t('framing:themeFont')}
        </label>
        <select id={fontId} className="select" value={theme.font} onChange={(event) => save({ font: event.target.value as ThemeFont })}>
          {(Object.keys(THEME_FONT_STACKS) as ThemeFont[]).map((font) => (
            <option key={font} value={font} style={{ fontFamily: THEME_FONT_STACKS[font] }}>
              {t(`framing:font.${font}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="framing-field" data-testid="theme-logo">
        <MediaPicker kind="image" label={t('framing:themeLogo')} noneLabel={t('framing:themeNoLogo')} value={theme.logoMediaId} onChange={(asset) => save({ logoMediaId: asset?.id ?? null })} />
      </div>
    </>
  );
}

interface ColourFieldProps {
  label: string;
  use: string;
  value: string;
  /** The text colour the player puts on this colour. */
  ink: (colour: string) => string;
  testId: string;
  onSave(colour: string): void;
}

/** A colour input whose contrast is checked while the designer picks, saved once the pick is done. */
function ColourField({ label, use, value, ink, testId, onSave }: ColourFieldProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  // React's onChange follows every move in the picker; the native change event marks the final pick.
  const save = useRef(onSave);
  save.current = onSave;
  useEffect(() => {
    const element = input.current;
    if (!element) return;
    const commit = () => save.current(element.value.toLowerCase());
    element.addEventListener('change', commit);
    return () => element.removeEventListener('change', commit);
  }, []);
  const text = ink(draft);
  const check = checkContrast(draft, text);
  const ratio = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(Math.floor(check.ratio * 10) / 10);
  return (
    <div className="field framing-field" data-testid={testId}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="framing-theme__colour">
        <input ref={input} id={id} type="color" className="framing-theme__picker" value={draft} aria-describedby={`${id}-use ${id}-contrast`} onChange={(event) => setDraft(event.target.value.toLowerCase())} />
        <span className="framing-theme__sample" style={{ background: draft, color: text }}>
          {t('framing:themePreviewSample')}
        </span>
        <code>{draft}</code>
      </div>
      <p className="field__hint" id={`${id}-use`}>
        {use}
      </p>
      <p className={check.passes ? 'field__hint' : 'field__error'} id={`${id}-contrast`} role="status" data-testid={`${testId}-contrast`}>
        {t(check.passes ? 'framing:contrastPass' : 'framing:contrastFail', { ratio })}
      </p>
      {check.suggestion && check.direction && (
        <button type="button" className="button button--small" data-testid={`${testId}-suggestion`} onClick={() => onSave(check.suggestion!)}>
          <span className="framing-theme__swatch" style={{ background: check.suggestion }} aria-hidden="true" />
          {t(`framing:contrastSuggest.${check.direction}`, { colour: check.suggestion })}
        </button>
      )}
    </div>
  );
}
