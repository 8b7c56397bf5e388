/** The Undo and Redo buttons name the step they would undo; a step without a label reads "the last action". */
import { describe, expect, it } from 'vitest';
import { callsWithEffect } from '../../../shared/api/contract';
import { authoring } from '../../../shared/i18n/authoring';

describe('undo labels', () => {
  it.each(['fr', 'en'] as const)('every undoable call has an action label in %s', (language) => {
    const labels: Record<string, string> = authoring[language];
    const undoable = callsWithEffect('undoable');
    expect(undoable.length).toBeGreaterThan(30);
    expect(undoable.filter((method) => !labels[`action.${method}`]?.trim())).toEqual([]);
  });

  it('labels no call that is not undoable (no stale label)', () => {
    const undoable = new Set<string>(callsWithEffect('undoable'));
    const labelled = Object.keys(authoring.fr).filter((key) => key.startsWith('action.')).map((key) => key.slice('action.'.length));
    expect(labelled.filter((method) => method !== 'other' && !undoable.has(method))).toEqual([]);
  });
});
