/** Entry of the `spoc` command (bundled to out/cli/spoc.cjs). */
import { runCli } from './runCli';

void runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
