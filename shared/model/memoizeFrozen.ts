/**
 * fn, remembered per argument for frozen arguments: a frozen object never changes, so neither does
 * what is computed from it. The course document a project hands out is frozen, and a row left
 * unchanged by an edit is the same object in the next document, so checks rerun after an edit only
 * redo the work of what changed. Other (mutable) arguments are computed afresh every time.
 * Callers must not change what fn returns.
 */
export function memoizeFrozen<K extends object, V>(fn: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (!Object.isFrozen(key)) return fn(key);
    if (cache.has(key)) return cache.get(key) as V;
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}

/**
 * fn(key, ...deps), remembered per frozen key for as long as the other arguments stay the same
 * (compared with ===; pass strings, numbers and objects that are themselves kept per frozen list).
 * For per-item work that also reads a little of the rest of the course: after an edit elsewhere the
 * item's result is reused instead of looked up piece by piece.
 */
export function memoizeFrozenWith<K extends object, D extends readonly unknown[], V>(fn: (key: K, ...deps: D) => V): (key: K, ...deps: D) => V {
  const cache = new WeakMap<K, { deps: D; value: V }>();
  return (key, ...deps) => {
    if (!Object.isFrozen(key)) return fn(key, ...deps);
    const known = cache.get(key);
    if (known && known.deps.every((dep, index) => dep === deps[index])) return known.value;
    const value = fn(key, ...deps);
    cache.set(key, { deps, value });
    return value;
  };
}
