import { describe, expect, it } from 'vitest';
import { AA_TEXT_RATIO, checkContrast, contrastRatio } from '../../../shared/theme/colourContrast';
import { READY_THEMES } from '../../../shared/theme/readyThemes';
import { inkOn } from '../../../shared/theme/themeStyle';

describe('contrast of the client colours (WCAG 2)', () => {
  it('computes the WCAG ratio: 21 for black on white, 1 for a colour on itself, known pairs to two decimals', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1f5fbf', '#1f5fbf')).toBe(1);
    // Reference values from the WebAIM contrast checker.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#1f5fbf')).toBe(contrastRatio('#1f5fbf', '#ffffff'));
  });

  it('passes a colour at 4.5:1 and suggests nothing', () => {
    expect(checkContrast('#767676', '#ffffff')).toMatchObject({ passes: true, suggestion: null, direction: null });
  });

  it('suggests the closest darker colour when white text fails, and that suggestion passes', () => {
    const check = checkContrast('#ffcc00', '#ffffff');
    expect(check.passes).toBe(false);
    expect(check.ratio).toBeLessThan(AA_TEXT_RATIO);
    expect(check.direction).toBe('darker');
    expect(contrastRatio(check.suggestion!, '#ffffff')).toBeGreaterThanOrEqual(AA_TEXT_RATIO);
    // Closest: one step less dark would fail again (the brand colour is kept as much as possible).
    expect(check.suggestion).toBe('#8f7200');
    expect(contrastRatio('#917400', '#ffffff')).toBeLessThan(AA_TEXT_RATIO);
  });

  it('suggests a lighter colour when the text is dark', () => {
    const check = checkContrast('#555555', '#1c2430');
    expect(check.direction).toBe('lighter');
    expect(contrastRatio(check.suggestion!, '#1c2430')).toBeGreaterThanOrEqual(AA_TEXT_RATIO);
    expect(Number.parseInt(check.suggestion!.slice(1, 3), 16)).toBeGreaterThan(0x55);
  });

  it('every ready theme passes AA: white on its primary, the chosen ink on its accent', () => {
    for (const theme of Object.values(READY_THEMES)) {
      expect(checkContrast(theme.primary, '#ffffff').passes).toBe(true);
      expect(checkContrast(theme.accent, inkOn(theme.accent)).passes).toBe(true);
    }
  });
});
