const english = new Intl.PluralRules('en');

/** "1 module", "0 modules", "3 modules": the CLI speaks English, with real plurals rather than a hedging "(s)". */
export function countOf(count: number, one: string, other: string): string {
  return `${count} ${english.select(count) === 'one' ? one : other}`;
}
