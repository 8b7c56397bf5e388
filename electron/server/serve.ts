/**
 * `node out/server/serve.cjs [FILE.spoc] [--port N] [--workspace DIR] [--app-data DIR]`:
 * starts browser mode and prints the address to open. Without FILE, opens a fresh copy of the
 * bundled sample course.
 */
import { homedir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { appError } from '../../shared/api/appError';
import { defaultAppDataDir } from './defaultAppDataDir';
import { defaultWorkspaceDir } from '../shell/defaultWorkspaceDir';
import { startServer } from './startServer';

const USAGE = 'Usage: node out/server/serve.cjs [FILE.spoc] [--port N] [--workspace DIR] [--app-data DIR]';

async function serve(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      workspace: { type: 'string' },
      'app-data': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return void console.log(USAGE);
  if (positionals.length > 1) throw appError('invalid-input', 'serveOneProject');
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw appError('invalid-input', 'servePort', { port: values.port ?? '' });
  }
  const bundleDir = __dirname; // out/server
  const server = await startServer({
    ...(positionals[0] === undefined ? {} : { projectPath: path.resolve(positionals[0]) }),
    port,
    workspaceDir: values.workspace ? path.resolve(values.workspace) : defaultWorkspaceDir(process.env, homedir()),
    appDataDir: values['app-data'] ? path.resolve(values['app-data']) : defaultAppDataDir(process.platform, process.env, homedir()),
    resourcesDir: path.resolve(bundleDir, '../../resources'),
    rendererDir: path.resolve(bundleDir, '../renderer'),
    firstScreenBundle: path.resolve(bundleDir, 'firstScreen.cjs'),
  });
  // One write: each console.log is a system call of its own.
  console.log(
    [`SPOC Studio (browser mode) is ready: open ${server.launchUrl}`, 'That address works once, in one browser: keep it to yourself.', 'Press Ctrl+C to stop.'].join('\n'),
  );
  const stop = () => void server.close().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

serve().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`SPOC Studio could not start: ${message}`);
  process.exit(1);
});
