import { build } from 'esbuild';

/**
 * Bundles a test fixture into one CommonJS file that a child Node process runs (to be killed, to hold
 * a project open…), with better-sqlite3 left to Node's own resolution as the app does.
 */
export async function bundleChildScript(entry: string, outfile: string, define?: Record<string, string>): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    ...(define ? { define } : {}),
    logLevel: 'error',
  });
}
