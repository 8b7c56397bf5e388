/** Quiet time after the last keystroke before the capsule is written (the autosave bench opens its window just before it). */
export const AUTOSAVE_DELAY_MS = 700;
