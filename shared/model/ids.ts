import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { lazySchema } from './lazySchema';

/** Stable identifier of any course item: a UUID v7, so ids sort by creation time. */
export const IdSchema = lazySchema(() => z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be a UUID'));
export type Id = z.infer<typeof IdSchema>;

export function newId(): Id {
  return uuidv7();
}

/**
 * Fractional-index key that orders siblings; moving an item rewrites only its own key.
 * Keys compare as plain strings (no locale collation).
 */
export const PositionSchema = lazySchema(() => z.string().min(1).max(128).regex(/^[0-9A-Za-z]+$/, 'must be a fractional index key'));
