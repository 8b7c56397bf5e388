// esbuild escapes non-ASCII characters everywhere but in regular expression literals. One such
// character makes V8 hold the whole bundle as a two-byte string: twice the memory, and reading the
// server bundle at each start cost 13 ms of CPU instead of 4. A \uXXXX escape means the same in a
// regular expression (with or without the u flag, surrogate pairs included) as in a string, so every
// non-ASCII UTF-16 unit is escaped, and the source map's columns on those lines move with the code.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const NON_ASCII = /[^\x00-\x7f]/g;

/** The first base64 VLQ number of a source map segment (its generated column, relative to the previous segment's). */
function firstNumber(segment) {
  let value = 0;
  let shift = 0;
  for (let index = 0; ; index += 1) {
    const digit = BASE64.indexOf(segment[index]);
    value += (digit & 31) * 2 ** shift;
    if (!(digit & 32)) return { value: value & 1 ? -Math.floor(value / 2) : value / 2, length: index + 1 };
    shift += 5;
  }
}

function vlq(value) {
  let rest = value < 0 ? -value * 2 + 1 : value * 2;
  let out = '';
  do {
    let digit = rest & 31;
    rest = Math.floor(rest / 32);
    if (rest > 0) digit |= 32;
    out += BASE64[digit];
  } while (rest > 0);
  return out;
}

/** A generated line's mappings with each column moved past the escapes inserted before it. */
function shiftedMappings(mappings, escapedColumns) {
  let column = 0;
  let shiftedBefore = 0;
  return mappings
    .split(',')
    .map((segment) => {
      if (segment === '') return segment;
      const { value, length } = firstNumber(segment);
      column += value;
      const shifted = column + 5 * escapedColumns.filter((escaped) => escaped < column).length;
      const encoded = vlq(shifted - shiftedBefore) + segment.slice(length);
      shiftedBefore = shifted;
      return encoded;
    })
    .join(',');
}

/** The bundle with no character outside ASCII, and its source map (v3, one mapping line per code line) kept in step. */
export function asciiBundle(code, map) {
  const mappingLines = map.mappings.split(';');
  const lines = code.split('\n').map((line, index) => {
    const escapedColumns = [...line.matchAll(NON_ASCII)].map((match) => match.index);
    if (escapedColumns.length === 0) return line;
    if (mappingLines[index] !== undefined) mappingLines[index] = shiftedMappings(mappingLines[index], escapedColumns);
    return line.replace(NON_ASCII, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
  });
  return { code: lines.join('\n'), map: { ...map, mappings: mappingLines.join(';') } };
}
