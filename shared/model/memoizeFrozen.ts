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
