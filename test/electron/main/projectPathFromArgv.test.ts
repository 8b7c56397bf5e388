import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPathFromArgv } from '../../../electron/main/projectPathFromArgv';

describe('projectPathFromArgv', () => {
  it('finds the .spoc file a double-click passes, made absolute', () => {
    expect(projectPathFromArgv(['/opt/SPOC Studio/spoc-studio', 'courses/Optimanager.SPOC'], '/home/ana')).toBe(
      path.resolve('/home/ana', 'courses/Optimanager.SPOC'),
    );
    expect(projectPathFromArgv(['spoc-studio', '/data/a.spoc'], '/home/ana')).toBe(path.resolve('/data/a.spoc'));
  });

  it('skips the executable, the app folder and Chromium switches', () => {
    const argv = ['/usr/bin/electron', '.', '--allow-file-access-from-files', '--original-process-start-time=1', 'cours.spoc'];
    expect(projectPathFromArgv(argv, '/work')).toBe(path.resolve('/work/cours.spoc'));
    expect(projectPathFromArgv(['/x/evil.spoc'], '/work')).toBeNull();
    expect(projectPathFromArgv(['spoc-studio', '--inspect=x.spoc'], '/work')).toBeNull();
  });

  it('returns null when no project is named', () => {
    expect(projectPathFromArgv(['spoc-studio'], '/work')).toBeNull();
    expect(projectPathFromArgv(['spoc-studio', 'notes.txt', 'course.spoc.bak'], '/work')).toBeNull();
  });
});
