/** Entry of the `spoc` command (bundled to out/cli/spoc.cjs). */
import { localeLanguage } from './localeLanguage';
import { runCli } from './runCli';

const interrupt = new AbortController();
// The first Ctrl-C asks the command to stop cleanly; a second one kills at once.
process.once('SIGINT', () => {
  interrupt.abort();
  process.once('SIGINT', () => process.exit(130));
});

void runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
  interrupt: interrupt.signal,
  language: localeLanguage(process.env),
}).then((code) => {
  process.exitCode = interrupt.signal.aborted && code !== 0 ? 130 : code;
});
