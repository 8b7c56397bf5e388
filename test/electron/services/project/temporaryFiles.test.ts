import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepStaleTemporaryFiles, temporaryPathFor } from '../../../../electron/services/project/temporaryFiles';

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'spoc-temporary-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('sweepStaleTemporaryFiles', () => {
  it("removes a killed creation's file with its SQLite side files and its media store folder, and leaves a running one's", () => {
    // A process id no process has (above Linux's pid_max).
    const killed = path.join(dir, '.cours.spoc.4194399-a1b2c3d4e5f6.creating');
    for (const side of ['', '-wal', '-journal']) writeFileSync(killed + side, 'x');
    mkdirSync(`${killed}-media`);
    writeFileSync(path.join(`${killed}-media`, `${'a'.repeat(64)}`), 'bytes');
    const running = temporaryPathFor(path.join(dir, 'autre.spoc'), '.creating');
    writeFileSync(running, 'x');
    mkdirSync(`${running}-media`);

    expect(sweepStaleTemporaryFiles(dir)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual([path.basename(running), `${path.basename(running)}-media`].sort());
    expect(existsSync(`${killed}-media`)).toBe(false);
  });
});
