import type { ClientTheme } from '../model/clientTheme';

export type ReadyThemeName = 'ocean' | 'forest' | 'sunset' | 'graphite';

/** Starting points for a client's look; each passes AA (test/shared/theme). The logo stays the designer's. */
export const READY_THEMES: Record<ReadyThemeName, Omit<ClientTheme, 'logoMediaId'>> = {
  ocean: { primary: '#1f5fbf', accent: '#0b7285', font: 'system' },
  forest: { primary: '#2b6a3f', accent: '#e0a526', font: 'humanist' },
  sunset: { primary: '#b3261e', accent: '#f2a541', font: 'geometric' },
  graphite: { primary: '#37474f', accent: '#ffca28', font: 'serif' },
};
