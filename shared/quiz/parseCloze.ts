/** One piece of a cloze text as the learner meets it: words, or the n-th blank (0-based). */
export type ClozePart = { text: string } | { blank: number };

export interface ClozeText {
  parts: ClozePart[];
  /** Accepted answers of each blank, trimmed, empty ones left out. */
  blanks: string[][];
}

/** A SCORM 2004 fill-in interaction holds at most 10 responses: one per blank. */
export const MAX_CLOZE_BLANKS = 10;

const BLANK = /\[([^[\]]*)\]/g;

/** Reads the designer's cloze markup: "[answer|other answer]" is a blank, everything else is text. */
export function parseCloze(text: string): ClozeText {
  const parts: ClozePart[] = [];
  const blanks: string[][] = [];
  let from = 0;
  for (const match of text.matchAll(BLANK)) {
    const at = match.index ?? 0;
    if (at > from) parts.push({ text: text.slice(from, at) });
    parts.push({ blank: blanks.length });
    blanks.push((match[1] ?? '').split('|').map((answer) => answer.trim()).filter((answer) => answer !== ''));
    from = at + match[0].length;
  }
  if (from < text.length) parts.push({ text: text.slice(from) });
  return { parts, blanks };
}
