/**
 * The objective text opening with `verb` (capitalised, as a sentence starts): replaces `currentVerb`
 * when the text opens with it, else puts the verb in front of what is written.
 */
export function withLeadingVerb(text: string, verb: string, currentVerb: string | null): string {
  const capitalised = verb.charAt(0).toLocaleUpperCase() + verb.slice(1);
  const trimmed = text.trimStart();
  const rest =
    currentVerb && trimmed.toLocaleLowerCase().startsWith(currentVerb.toLocaleLowerCase())
      ? trimmed.slice(currentVerb.length).trimStart()
      : trimmed.charAt(0).toLocaleLowerCase() + trimmed.slice(1);
  return rest ? `${capitalised} ${rest}` : `${capitalised} `;
}
