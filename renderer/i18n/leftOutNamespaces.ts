/** Catalogue namespaces the renderer never shows (the desktop menu, the review pack), so its language chunks leave them out. */
export const LEFT_OUT_NAMESPACES: readonly string[] = ['menu', 'reviewPack'];
