import { z } from 'zod';

/**
 * A zod schema built at its first use instead of at module load: building every schema of the model
 * and the API contract was a fifth of a cold start (issue 13), and a start parses few of them.
 * It is a z.lazy of the schema, so parsing it (alone or inside other schemas) costs one more call and
 * no more; what a lazy schema lacks (an object's shape and omit, a string's max, an enum's options)
 * is read from the built schema.
 */
export function lazySchema<T extends z.ZodType>(build: () => T): T {
  let built: T | undefined;
  const schema = (): T => (built ??= build());
  const standIn = z.lazy(schema);
  const lazyMembers: object = Object.getPrototypeOf(standIn);
  Object.setPrototypeOf(
    standIn,
    new Proxy(lazyMembers, {
      get(members, key, receiver) {
        if (key in members) return Reflect.get(members, key, receiver);
        const value: unknown = Reflect.get(schema(), key);
        return typeof value === 'function' ? value.bind(schema()) : value;
      },
    }),
  );
  return standIn as unknown as T;
}
