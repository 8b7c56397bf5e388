/**
 * The `spoc` command line: create, inspect and validate projects without a window, on the same
 * services as the app. Imports services and shared; never electron.
 */
import { AppError, errorText } from '../../shared/api/appError';
import { CLI_COMMANDS } from './cliCommands';
import { CliUsageError, type CliIo } from './cliCommand';

function helpText(): string {
  const width = Math.max(...CLI_COMMANDS.map((command) => command.name.length));
  return [
    'SPOC Studio command line',
    '',
    'Usage: spoc <command> [options]',
    '',
    'Commands:',
    ...CLI_COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Run `spoc <command> --help` for the options of one command.',
  ].join('\n');
}

/** Runs one command line and resolves to the process exit code; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return name === undefined ? 2 : 0;
  }
  const command = CLI_COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`spoc: unknown command "${name}".\n\n${helpText()}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.usage);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.err(`spoc ${name}: ${error.message}\n\n${command.usage}`);
      return 2;
    }
    if (error instanceof AppError) {
      io.err(`spoc ${name}: ${error.text ? errorText(io.language ?? 'en', error.text.key, error.text.params) : error.message}`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`spoc ${name}: unexpected error: ${message}\nThis is a bug in SPOC Studio; please report it with the command you ran.`);
    return 1;
  }
}
