/** What the player in the app's sandboxed preview frame posts to the app when Escape is pressed and not used. */
export const PREVIEW_ESCAPE = { type: 'spoc-preview-escape' } as const;

export const isPreviewEscape = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === PREVIEW_ESCAPE.type;
