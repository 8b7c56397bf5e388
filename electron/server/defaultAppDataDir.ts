import path from 'node:path';

/** The folder Electron uses as userData for "SPOC Studio", so both modes share the recent projects. */
export function defaultAppDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, homeDir: string): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(homeDir, 'AppData', 'Roaming'), 'SPOC Studio');
  if (platform === 'darwin') return path.join(homeDir, 'Library', 'Application Support', 'SPOC Studio');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(homeDir, '.config'), 'SPOC Studio');
}
