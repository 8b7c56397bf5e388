import type { CliCommand } from './cliCommand';
import { checkCommand } from './commands/check';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { infoCommand } from './commands/info';
import { newCommand } from './commands/new';
import { packCommand } from './commands/pack';
import { unpackCommand } from './commands/unpack';
import { storyboardCommand } from './commands/storyboard';
import { reviewCommand } from './commands/review';
import { validateCommand } from './commands/validate';

/** Every `spoc` command, in the order `spoc --help` lists them. */
export const CLI_COMMANDS: readonly CliCommand[] = [
  newCommand,
  infoCommand,
  validateCommand,
  checkCommand,
  exportCommand,
  unpackCommand,
  packCommand,
  importCommand,
  storyboardCommand,
  reviewCommand,
];
