/** WCAG 2 contrast, as the designer picks the client's colours (pure: no DOM). */

/** WCAG AA for normal text. */
export const AA_TEXT_RATIO = 4.5;

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

export const isHexColour = (value: string): boolean => HEX_COLOUR.test(value);

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((channel) => Math.round(Math.min(255, Math.max(0, channel))).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance (WCAG 2.x definition). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

export interface ContrastCheck {
  ratio: number;
  passes: boolean;
  /** The nearest colour (same hue, darker or lighter) that passes; null when the colour passes. */
  suggestion: string | null;
  direction: 'darker' | 'lighter' | null;
}

/**
 * Checks `text` over `colour` (or `colour` as text over `text`: the ratio is the same) for AA, and
 * when it fails, suggests the closest colour that passes by mixing towards black or white,
 * whichever is away from `text`.
 */
export function checkContrast(colour: string, text: string, minimum = AA_TEXT_RATIO): ContrastCheck {
  const ratio = contrastRatio(colour, text);
  if (ratio >= minimum) return { ratio, passes: true, suggestion: null, direction: null };
  const direction = relativeLuminance(text) > relativeLuminance(colour) ? 'darker' : 'lighter';
  const target = direction === 'darker' ? 0 : 255;
  const rgb = channels(colour);
  // Smallest mix (in 1 % steps) that reaches the ratio: the suggestion stays as close to the brand as possible.
  for (let step = 1; step <= 100; step++) {
    const candidate = toHex(rgb.map((channel) => channel + ((target - channel) * step) / 100));
    if (contrastRatio(candidate, text) >= minimum) return { ratio, passes: false, suggestion: candidate, direction };
  }
  return { ratio, passes: false, suggestion: direction === 'darker' ? '#000000' : '#ffffff', direction };
}
