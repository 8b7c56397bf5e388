/** One namespace of UI strings, in French (the reference) and English with the same keys. */
export interface MessageCatalog<Keys extends string = string> {
  fr: Record<Keys, string>;
  en: Record<Keys, string>;
}

export function defineCatalog<Keys extends string>(catalog: { fr: Record<Keys, string>; en: Record<NoInfer<Keys>, string> }): MessageCatalog<Keys> {
  return catalog;
}
