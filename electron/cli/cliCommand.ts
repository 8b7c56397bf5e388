import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Where a command writes and from where it resolves relative paths; tests pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  /** Aborted when the user interrupts (Ctrl-C): long commands stop cleanly instead of dying mid-write. */
  interrupt?: AbortSignal;
  /** The language of error messages (from the locale); English when not given. */
  language?: 'fr' | 'en';
}

/** One `spoc <name>` command. Add one by writing commands/<name>.ts and one line in cliCommands.ts. */
export interface CliCommand {
  name: string;
  /** One line for `spoc --help`. */
  summary: string;
  /** Synopsis and options, shown by `spoc <name> --help` and after a usage error. */
  usage: string;
  /** Resolves to the exit code: 0 success, 1 failure the user must fix, 2 wrong usage. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** The command line itself is wrong: runCli prints the message and the command's usage, exit 2. */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** util.parseArgs, strict, with its errors turned into usage errors. */
export function parseCommandArgs<const O extends OptionsConfig>(
  args: string[],
  options: O,
): ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
}
