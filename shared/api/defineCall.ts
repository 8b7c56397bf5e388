import type { z } from 'zod';

/**
 * What a call does to the open project file. `reads`: reads it, or works outside it (other files,
 * other projects). `undoable`: changes the course, as one undo step. `writes`: changes the file
 * without being an undo step (undo itself, media, settings, imported reviews). Undoable calls and
 * writes wait for the project's integrity check.
 */
export type CallEffect = 'reads' | 'undoable' | 'writes';

/** One API call: the schema its input must match, the schema of what it returns, and its effect. */
export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  effect: CallEffect;
}

/** The schemas are built at the call's first use, not when the contract loads (a start uses a few calls of ~90). */
export function defineCall<I extends z.ZodType, O extends z.ZodType>(input: () => I, output: () => O, effect: CallEffect): CallSpec<I, O> {
  let builtInput: I | undefined;
  let builtOutput: O | undefined;
  return {
    get input() {
      return (builtInput ??= input());
    },
    get output() {
      return (builtOutput ??= output());
    },
    effect,
  };
}
