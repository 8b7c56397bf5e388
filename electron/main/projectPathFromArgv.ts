import path from 'node:path';

/**
 * The project file a launch asks to open: the first `.spoc` argument (double-click, file
 * association, `spoc-studio course.spoc`, or a second instance's command line), made absolute
 * against the directory it was launched from. Switches added by Chromium or the OS are ignored.
 */
export function projectPathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (const argument of argv.slice(1)) {
    if (argument.startsWith('-')) continue;
    if (argument.toLowerCase().endsWith('.spoc')) return path.resolve(cwd, argument);
  }
  return null;
}
