import path from 'node:path';

/** Where projects and sample copies go unless told otherwise: $SPOC_WORKSPACE, else ~/SPOC Studio. */
export function defaultWorkspaceDir(env: NodeJS.ProcessEnv, homeDir: string): string {
  const fromEnv = env.SPOC_WORKSPACE?.trim();
  return fromEnv ? path.resolve(fromEnv) : path.join(homeDir, 'SPOC Studio');
}
