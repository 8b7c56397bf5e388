import { describe, expect, it } from 'vitest';
// @ts-expect-error the packaging script is plain JavaScript run by npm
import { dist } from '../../scripts/dist.mjs';

type Step = [string, string[]];

function recordingRunner(failOn?: string) {
  const ran: string[] = [];
  const runStep = (command: string, args: string[]) => {
    const name = `${command} ${args.join(' ')}`;
    ran.push(name);
    if (failOn && name.includes(failOn)) {
      if (failOn === 'throw') throw new Error('killed');
      return 1;
    }
    return 0;
  };
  return { ran, runStep: runStep as (...step: Step) => number };
}

describe('npm run dist', () => {
  it('builds, packages with the given arguments, then rebuilds better-sqlite3 for Node', () => {
    const { ran, runStep } = recordingRunner();
    expect(dist(['--linux', 'deb'], runStep)).toBe(0);
    expect(ran[0]).toMatch(/scripts\/build\.mjs$/);
    expect(ran[1]).toBe('npx electron-builder --config electron-builder.yml --linux deb');
    expect(ran[2]).toBe('npm rebuild better-sqlite3');
  });

  it('rebuilds better-sqlite3 for Node even when packaging fails, and reports the failure', () => {
    const { ran, runStep } = recordingRunner('electron-builder');
    expect(dist([], runStep)).toBe(1);
    expect(ran.at(-1)).toBe('npm rebuild better-sqlite3');
  });

  it('stops before packaging when the build fails', () => {
    const { ran, runStep } = recordingRunner('build.mjs');
    expect(dist([], runStep)).toBe(1);
    expect(ran).toHaveLength(1);
  });
});
