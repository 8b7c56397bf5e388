/**
 * A cohort named by its label ("Cohorte {{cohort}}"), unless its name already begins with the
 * label's word: "Cohorte janvier 2027" stays so, never "Cohorte Cohorte janvier 2027".
 * `labelled` fills the label with a name; its word is what the label writes before the name.
 */
export function cohortHeading(name: string, labelled: (cohort: string) => string, locale: string): string {
  const SLOT = '\u0000';
  const word = (labelled(SLOT).split(SLOT)[0] ?? '').replace(/[^\p{L}\p{N}]+$/u, '').trim();
  const trimmed = name.trim();
  const leading = trimmed.slice(0, word.length);
  const after = trimmed.charAt(word.length);
  const repeats = word !== '' && leading.localeCompare(word, locale, { sensitivity: 'base' }) === 0 && (after === '' || !/[\p{L}\p{N}]/u.test(after));
  return repeats ? trimmed : labelled(name);
}
