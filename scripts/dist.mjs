// `npm run dist [-- electron-builder args]`: builds out/, then the desktop installers with
// electron-builder (see electron-builder.yml). electron-builder rebuilds better-sqlite3 for
// Electron's ABI inside node_modules; whatever happens, we rebuild it for Node afterwards so that
// tests, the CLI and browser mode keep working on the release machine.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Runs a command in the project folder and returns its exit status. */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

/** The packaging steps in order; exported for the test that checks the Node rebuild always runs. */
export function distSteps(builderArgs) {
  return {
    build: ['node', [path.join(root, 'scripts/build.mjs')]],
    pack: ['npx', ['electron-builder', '--config', 'electron-builder.yml', ...builderArgs]],
    restoreNodeBuild: ['npm', ['rebuild', 'better-sqlite3']],
  };
}

export function dist(builderArgs, runStep = run) {
  const steps = distSteps(builderArgs);
  const built = runStep(...steps.build);
  if (built !== 0) return built;
  let packed = 1;
  try {
    packed = runStep(...steps.pack);
  } finally {
    const restored = runStep(...steps.restoreNodeBuild);
    if (restored !== 0) console.error('better-sqlite3 could not be rebuilt for Node: run `npm rebuild better-sqlite3`.');
  }
  return packed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(dist(process.argv.slice(2)));
