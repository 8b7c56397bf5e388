import { frenchTypography } from './frenchTypography';

/** One namespace of UI strings, in French (the reference) and English with the same keys. */
export interface MessageCatalog<Keys extends string = string> {
  fr: Record<Keys, string>;
  en: Record<Keys, string>;
}

/** French strings get French typography here, once, so that no catalogue has to remember it. */
// Pure: bundlers may drop a catalogue no code reads (the renderer takes its strings from one language's chunk).
/* @__NO_SIDE_EFFECTS__ */
export function defineCatalog<Keys extends string>(catalog: { fr: Record<Keys, string>; en: Record<NoInfer<Keys>, string> }): MessageCatalog<Keys> {
  let fr: Record<Keys, string> | undefined;
  return {
    // At the first French read: a process that shows no French (the server's start) does not typeset every catalogue.
    get fr() {
      return (fr ??= Object.fromEntries(Object.entries<string>(catalog.fr).map(([key, text]) => [key, frenchTypography(text)])) as Record<Keys, string>);
    },
    en: catalog.en,
  };
}
