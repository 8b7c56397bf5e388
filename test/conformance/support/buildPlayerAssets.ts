import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlayerAssets } from '../../../shared/export/buildPackagePlan';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

let built: Promise<PlayerAssets> | undefined;

/** The player as scripts/build.mjs ships it (same esbuild options), built in memory once per test file. */
export function buildPlayerAssets(): Promise<PlayerAssets> {
  built ??= bundlePlayer();
  return built;
}

async function bundlePlayer(): Promise<PlayerAssets> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'scorm-templates/player/player.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2017',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const script = result.outputFiles[0]?.text;
  if (!script) throw new Error('esbuild produced no player bundle');
  return {
    script,
    style: readFileSync(path.join(ROOT, 'scorm-templates/player/player.css'), 'utf8'),
    scoPage: readFileSync(path.join(ROOT, 'scorm-templates/sco.html'), 'utf8'),
  };
}
