import { THEME_FONT_STACKS, type ClientTheme } from '../model/clientTheme';
import type { MediaAsset } from '../model/course';
import { contrastRatio } from './colourContrast';

const WHITE = '#ffffff';
/** The player's ink (--ink in player.css). */
export const THEME_DARK_INK = '#1c2430';

/** White or dark ink, whichever reads better on the colour. */
export function inkOn(colour: string): string {
  return contrastRatio(colour, WHITE) >= contrastRatio(colour, THEME_DARK_INK) ? WHITE : THEME_DARK_INK;
}

/** The colour mixed with white (`amount` of the colour), for soft backgrounds. */
function tint(colour: string, amount: number): string {
  const value = Number.parseInt(colour.slice(1), 16);
  const mix = (channel: number): string => Math.round(channel * amount + 255 * (1 - amount)).toString(16).padStart(2, '0');
  return `#${mix((value >> 16) & 255)}${mix((value >> 8) & 255)}${mix(value & 255)}`;
}

/**
 * The theme as CSS custom properties overriding the player's defaults (player.css `:root`), placed
 * in the SCO page itself: the package carries its look and loads nothing from elsewhere. Every value
 * comes from the schema (colours #rrggbb, fonts from a fixed list), so nothing here needs escaping.
 */
export function themeStyleOf(theme: ClientTheme): string {
  const properties = {
    '--accent': theme.primary,
    '--accent-ink': WHITE,
    '--accent-soft': tint(theme.primary, 0.12),
    '--brand': theme.accent,
    '--brand-ink': inkOn(theme.accent),
    '--font': THEME_FONT_STACKS[theme.font],
  };
  return `<style>:root{${Object.entries(properties).map(([name, value]) => `${name}:${value}`).join(';')}}</style>`;
}

/** The theme's logo when it is an image of the library; any other reference is ignored (the checks report it). */
export function themeLogoOf(theme: ClientTheme, mediaById: ReadonlyMap<string, MediaAsset>): MediaAsset | null {
  const asset = theme.logoMediaId ? mediaById.get(theme.logoMediaId) : undefined;
  return asset?.kind === 'image' ? asset : null;
}
