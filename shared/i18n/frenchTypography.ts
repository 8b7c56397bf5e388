/**
 * French typography for UI strings: a no-break space before « : » and inside « », a narrow
 * no-break space before ; ! ? and %, so that a line never breaks before them. Applied once, to
 * every French catalogue string (see defineCatalog), never to what the designer types.
 */
const NO_BREAK_SPACE = '\u00A0';
const NARROW_NO_BREAK_SPACE = '\u202F';

export function frenchTypography(text: string): string {
  return (
    text
      // An ordinary space before the high punctuation becomes the right no-break space.
      .replace(/ +(?=:(\s|$))/g, NO_BREAK_SPACE)
      .replace(/ +(?=[;!?%])/g, NARROW_NO_BREAK_SPACE)
      // A word glued to ; ! ? (as in "Attention!") gets its narrow space; ?! and !! stay together.
      .replace(/([\p{L}\p{N}»)])(?=[;!?](\s|$))/gu, `$1${NARROW_NO_BREAK_SPACE}`)
      .replace(/« +/g, `«${NO_BREAK_SPACE}`)
      .replace(/ +»/g, `${NO_BREAK_SPACE}»`)
  );
}
