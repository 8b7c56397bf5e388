import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lazySchema } from '../../../shared/model/lazySchema';

describe('a schema built at its first use', () => {
  it('builds nothing until used, then once', () => {
    let builds = 0;
    const Point = lazySchema(() => {
      builds += 1;
      return z.object({ x: z.number(), y: z.number() }).strict();
    });
    expect(builds).toBe(0);
    expect(Point.safeParse({ x: 1, y: 2 }).success).toBe(true);
    expect(Point.safeParse({ x: 1, y: 'deux' }).success).toBe(false);
    expect(builds).toBe(1);
  });

  it('refuses what the schema refuses, with the same issues', () => {
    const build = () => z.object({ title: z.string().min(1) }).strict();
    const eager = build().safeParse({ title: '', extra: 1 });
    const lazy = lazySchema(build).safeParse({ title: '', extra: 1 });
    expect(lazy.success).toBe(false);
    expect(lazy.error?.issues).toEqual(eager.error?.issues);
  });

  it('stands in for the schema inside other schemas, in derived ones and in instanceof', () => {
    const Id = lazySchema(() => z.string().regex(/^[a-z]+$/, 'must be letters'));
    const Item = lazySchema(() => z.object({ id: Id, tags: z.array(Id) }));
    const Kind = lazySchema(() => z.enum(['a', 'b']));
    expect(Item.safeParse({ id: 'abc', tags: ['x'] }).success).toBe(true);
    expect(Item.safeParse({ id: 'abc', tags: ['X1'] }).error?.issues[0]?.message).toBe('must be letters');
    expect(Item.omit({ tags: true }).strict().safeParse({ id: 'abc', tags: [] }).success).toBe(false);
    expect(Item.extend({ kind: Kind }).parse({ id: 'a', tags: [], kind: 'b' })).toEqual({ id: 'a', tags: [], kind: 'b' });
    expect(Object.keys(Item.shape)).toEqual(['id', 'tags']);
    expect(Kind.options).toEqual(['a', 'b']);
    expect(Item).toBeInstanceOf(z.ZodType);
    expect(Id.nullable().parse(null)).toBeNull();
  });
});
