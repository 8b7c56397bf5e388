/** An array whose items are made only when serialized, one at a time (see jsonPieces). */
export class LazyJsonArray<T> {
  constructor(readonly items: () => Iterable<T>) {}
}

/**
 * The JSON.stringify text of a value, in pieces, so that a large value never exists whole, neither
 * as objects nor as one string: each LazyJsonArray's items are made, stringified and dropped one
 * after the other. Plain objects holding a LazyJsonArray are walked key by key (undefined values
 * skipped, as JSON.stringify does); everything else is stringified whole.
 */
export function* jsonPieces(value: unknown): Generator<string> {
  if (value instanceof LazyJsonArray) {
    yield '[';
    let first = true;
    for (const item of (value as LazyJsonArray<unknown>).items()) {
      if (!first) yield ',';
      first = false;
      yield* jsonPieces(item);
    }
    yield ']';
  } else if (isPlainObject(value) && Object.values(value).some((item) => item instanceof LazyJsonArray)) {
    yield '{';
    let first = true;
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      yield `${first ? '' : ','}${JSON.stringify(key)}:`;
      first = false;
      yield* jsonPieces(item);
    }
    yield '}';
  } else {
    yield JSON.stringify(value) ?? 'null';
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
