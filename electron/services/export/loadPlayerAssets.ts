import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/appError';
import type { PlayerAssets } from '../../../shared/export/buildPackagePlan';

/** Files of the built player folder (out/scorm-player, filled by scripts/build.mjs). */
const PLAYER_FILES = { script: 'player.js', style: 'player.css', scoPage: 'sco.html' } as const;

/**
 * Where the built player is: beside the running bundle (out/<entry>/ → out/scorm-player) in the
 * app, the CLI and the server; under the repository's out/ when services run from source.
 */
export function playerDirCandidates(resourcesDir: string): string[] {
  return [path.join(__dirname, '../scorm-player'), path.resolve(resourcesDir, '../out/scorm-player')];
}

/** Reads the player files every package ships, from the first folder that holds them all. */
export function loadPlayerAssets(candidateDirs: string[]): PlayerAssets {
  const dir = candidateDirs.find((candidate) => Object.values(PLAYER_FILES).every((file) => existsSync(path.join(candidate, file))));
  if (!dir) {
    throw new AppError('internal', `The SCORM player is not built (looked for ${Object.values(PLAYER_FILES).join(', ')} in ${candidateDirs.join(', ')}). Run npm run build.`);
  }
  const read = (file: string): string => readFileSync(path.join(dir, file), 'utf8');
  return { script: read(PLAYER_FILES.script), style: read(PLAYER_FILES.style), scoPage: read(PLAYER_FILES.scoPage) };
}
