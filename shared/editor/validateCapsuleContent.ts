import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import type { ErrorText } from '../api/appError';
import { courseExtensions } from './courseExtensions';

let schema: Schema | null = null;

/**
 * Why a capsule document does not fit the editor's schema (unknown node, a script row without its two
 * columns, text directly in a list…), or null when it fits. The services run it before storing content
 * so the editor can always open what the file holds.
 */
export function validateCapsuleContent(doc: unknown): ErrorText | null {
  schema ??= getSchema(courseExtensions());
  try {
    schema.nodeFromJSON(doc).check();
    return null;
  } catch (error) {
    return contentProblem(error instanceof Error ? error.message : String(error));
  }
}

/** ProseMirror says why in English; the user reads it in their language, with the block's name kept. */
function contentProblem(message: string): ErrorText {
  const unknownNode = /^Unknown node type: (\S+)/.exec(message);
  if (unknownNode) return { key: 'contentUnknownNode', params: { name: unknownNode[1]! } };
  const unknownMark = /^There is no mark type (\S+)/.exec(message);
  if (unknownMark) return { key: 'contentUnknownMark', params: { name: unknownMark[1]! } };
  const misplaced = /^Invalid content for node (\S+?):?(?:\s|$)/.exec(message);
  if (misplaced) return { key: 'contentMisplaced', params: { name: misplaced[1]! } };
  return { key: 'contentInvalid', params: {} };
}
