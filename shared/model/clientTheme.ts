import { z } from 'zod';
import { IdSchema } from './ids';
import { lazySchema } from './lazySchema';

const HexColourSchema = lazySchema(() => z.string().regex(/^#[0-9a-f]{6}$/, 'must be a colour as #rrggbb (lower case)'));

/** Font stacks of fonts already on learners' devices: the package loads no font file and calls no font CDN. */
export const THEME_FONT_STACKS = {
  system: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  humanist: 'Seravek, "Gill Sans Nova", Ubuntu, Calibri, "DejaVu Sans", source-sans-pro, sans-serif',
  geometric: 'Avenir, "Avenir Next LT Pro", Montserrat, Corbel, "URW Gothic", source-sans-pro, sans-serif',
  serif: 'Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif',
} as const;
export type ThemeFont = keyof typeof THEME_FONT_STACKS;

/** The client's brand as the learner sees it in the player, the review pack and the storyboard. */
export const ClientThemeSchema = lazySchema(() => z
  .object({
    /** Buttons, links, current item: white text sits on it and it sits as text on white. */
    primary: HexColourSchema,
    /** Highlights: header band, progress, selected tab. */
    accent: HexColourSchema,
    font: z.enum(Object.keys(THEME_FONT_STACKS) as [ThemeFont, ...ThemeFont[]]),
    /** An image of the media library shown on the player's header; null = none. */
    logoMediaId: IdSchema.nullable(),
  })
  .strict());
export type ClientTheme = z.infer<typeof ClientThemeSchema>;

/** The player's own look, which every course had before themes: older documents read as this. */
export const DEFAULT_CLIENT_THEME: ClientTheme = { primary: '#1f5fbf', accent: '#1d6b3a', font: 'system', logoMediaId: null };
