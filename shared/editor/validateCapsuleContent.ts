import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { courseExtensions } from './courseExtensions';

let schema: Schema | null = null;

/**
 * Why a capsule document does not fit the editor's schema (unknown node, a script row without its two
 * columns, text directly in a list…), or null when it fits. The services run it before storing content
 * so the editor can always open what the file holds.
 */
export function validateCapsuleContent(doc: unknown): string | null {
  schema ??= getSchema(courseExtensions());
  try {
    schema.nodeFromJSON(doc).check();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
