/**
 * Fault injection: SPOC Studio killed with SIGKILL at random points of editing, media import, export,
 * checkpoint and compaction, then started again on the same files; and a full disk during import, creation and
 * export (a small tmpfs, when run as root). After each fault it checks what a designer relies on:
 * every acknowledged edit is there, the healthy project opens for editing, no temporary file is left.
 */
import AdmZip from 'adm-zip';
import Database from 'better-sqlite3';
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, statfsSync, watch, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleChildScript } from '../support/bundleChildScript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../../electron/services/callApi';
import { createServices } from '../../electron/services/createServices';
import { verifyMediaContent } from '../../electron/services/media/verifyMediaContent';
import { mp4Header } from '../support/mp4Header';

const root = path.resolve(__dirname, '../..');
const KILLS_PER_KIND = 30;
/** About a minute on a quiet 2-core machine; the margin is for a box shared with other jobs (15 runnable processes per core were seen). */
const KILL_SUITE_TIMEOUT_MS = 600_000;
let dir: string;
let childScript: string;

beforeAll(async () => {
  // A kill -9 loses the process, not the page cache: memory-backed files test the same, without a busy disk's fsync delays.
  dir = mkdtempSync(path.join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'spoc-faults-'));
  childScript = path.join(dir, 'faultChild.cjs');
  await bundleChildScript(path.join(__dirname, 'fixtures/faultChild.ts'), childScript, { __dirname: JSON.stringify(path.join(root, 'test/faults/fixtures')) });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Kind = 'edit' | 'import' | 'export' | 'checkpoint' | 'compact';

interface Figures {
  kills: number;
  /** Runs of the app, when some end without landing inside the work. */
  runs?: number;
  acknowledged: number;
  lost: number;
  refused: number;
  leftovers: string[];
}

/** Random delay before the kill once the work has begun: long enough to land anywhere inside it. */
const KILL_WINDOW_MS: Record<Kind, number> = { edit: 40, import: 120, export: 60, checkpoint: 4, compact: 15 };
/** Megabytes of each media the child imports: enough to land kills inside, small enough to stay under the reclaim threshold when compacting. */
const MEDIA_MEGABYTES: Record<Kind, number> = { edit: 2, import: 2, export: 2, checkpoint: 2, compact: 6 };

/** How long the work of each kind took when it was not killed, as the parent saw it: kills are drawn within that. */
const observedMs: Record<Kind, number[]> = { edit: [], import: [], export: [], checkpoint: [], compact: [] };

function killDelay(kind: Kind): number {
  const seen = observedMs[kind].slice(-20).sort((a, b) => a - b);
  const typical = seen.length < 3 ? KILL_WINDOW_MS[kind] : seen[Math.floor(seen.length / 2)]!;
  return Math.random() * typical;
}

/** Runs the child until it begins its work, waits a random moment, kills it; returns its output lines. */
function runAndKill(kind: Kind, projectPath: string, exportsDir: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'fixtures/withCodeCache.cjs'), childScript, projectPath, kind, exportsDir, String(MEDIA_MEGABYTES[kind])], {
      env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let buffered = '';
    let stderr = '';
    let kill: NodeJS.Timeout | undefined;
    let begunAt = 0;
    // Kill at a random occurrence of the work, not always the first one.
    let beginsBeforeKill = 1 + Math.floor(Math.random() * 2);
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    child.stdout.on('data', (data: Buffer) => {
      buffered += data.toString();
      const complete = buffered.split('\n');
      buffered = complete.pop()!;
      for (const line of complete) {
        lines.push(line);
        if (line === `begin ${kind}`) {
          begunAt = performance.now();
          if (--beginsBeforeKill <= 0) kill = setTimeout(() => child.kill('SIGKILL'), killDelay(kind));
        } else if (line.startsWith(`ack ${ACK_OF[kind]}`) && begunAt > 0) {
          observedMs[kind].push(performance.now() - begunAt);
          // The work ended before the kill: aim at the next one rather than between two (a new start costs far more).
          clearTimeout(kill);
        }
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(lines);
      else reject(new Error(`the app exited with ${code}: ${lines.join('\n')} ${stderr}`));
    });
  });
}

/** The acknowledgement that closes each kind of work. */
const ACK_OF: Record<Kind, string> = { edit: 'module', import: 'media', export: 'export', checkpoint: 'checkpoint', compact: 'compact' };

/** Whether the last begin of this kind in the child's output had no ack: the kill landed inside that work. */
function killedDuring(kind: Kind, lines: string[]): boolean {
  const last = lines.filter((line) => line === `begin ${kind}` || line.startsWith(`ack ${ACK_OF[kind]}`)).at(-1);
  return last === `begin ${kind}`;
}

/** Temporary and side files that no running process owns, beside the project or among the exports. */
function leftoversIn(dirs: string[], projectPath: string): string[] {
  const expected = new Set([path.basename(projectPath), '.app-data', 'exports']);
  const found: string[] = [];
  for (const folder of dirs) {
    for (const name of readdirSync(folder)) {
      if (expected.has(name) || (folder.endsWith('exports') && name.endsWith('.zip'))) continue;
      found.push(path.join(path.basename(folder), name));
    }
  }
  return found;
}

/** What the designer does after a crash: starts the app again on the same folder and opens the project. */
async function restartAndCheck(projectPath: string, exportsDir: string, lines: string[], figures: Figures): Promise<void> {
  const projectDir = path.dirname(projectPath);
  const api = createServices({
    mode: 'browser',
    workspaceDir: projectDir,
    appDataDir: path.join(projectDir, '.app-data'),
    resourcesDir: path.join(root, 'resources'),
    places: { chooseNewProjectPath: async () => null, chooseProjectToOpen: async () => projectPath, chooseExportFolder: async () => null, chooseExportPath: async () => null },
  });
  try {
    const opened = await api.openProject({}).catch(() => null);
    if (!opened || opened.readOnly !== null) {
      figures.refused += 1;
      return;
    }
    const document = await api.getCourseDocument({});
    const titles = new Set(document.modules.map((module) => module.title));
    const hashes = new Set(document.media.map((asset) => asset.sha256));
    const contents = new Map(document.capsules.map((capsule) => [capsule.id, JSON.stringify(capsule.content)]));
    // Media imported before the last clear-out may rightly be gone; each capsule keeps only its last text.
    const lastClearOut = lines.lastIndexOf('begin delete');
    const lastTextOf = new Map<string, string>();
    for (const [index, line] of lines.entries()) {
      const [ack, what, id = '', marker = ''] = line.split(' ');
      if (ack !== 'ack' || what === 'deleted' || what === 'checkpoint' || what === 'compact') continue;
      figures.acknowledged += 1;
      if (what === 'module' && !titles.has(line.slice('ack module '.length))) figures.lost += 1;
      if (what === 'media' && index > lastClearOut && !(hashes.has(id) && (await mediaReadsBack(projectPath, id)))) figures.lost += 1;
      if (what === 'export' && !zipIsSound(line.slice('ack export '.length))) figures.lost += 1;
      if (what === 'content') lastTextOf.set(id, marker);
    }
    // A later text may be saved but not yet acknowledged when the kill came: only an older one is a loss.
    const stepOf = (marker: string | undefined) => (marker ?? '').split('-').slice(0, 2).map(Number) as [number, number];
    for (const [capsuleId, marker] of lastTextOf) {
      const [pid, step] = stepOf(marker);
      const [storedPid, storedStep] = stepOf(/"text":"(\d+-\d+)-/.exec(contents.get(capsuleId) ?? '')?.[1]);
      if (storedPid !== pid || storedStep < step) figures.lost += 1;
    }
  } finally {
    api.dispose();
  }
  for (const zip of readdirSync(exportsDir).filter((name) => name.endsWith('.zip'))) {
    if (!zipIsSound(path.join(exportsDir, zip))) figures.leftovers.push(`broken ${zip}`);
  }
  figures.leftovers.push(...leftoversIn([projectDir, exportsDir], projectPath));
}

async function mediaReadsBack(projectPath: string, sha256: string): Promise<boolean> {
  const db = new Database(projectPath, { readonly: true });
  try {
    return await verifyMediaContent(db, sha256);
  } finally {
    db.close();
  }
}

function zipIsSound(zipPath: string): boolean {
  try {
    const zip = new AdmZip(zipPath);
    for (const entry of zip.getEntries()) entry.getData();
    return true;
  } catch {
    return false;
  }
}

/** A small course of four weekly modules, closed, alone in its folder with an exports folder. */
async function projectFor(kind: Kind): Promise<{ projectPath: string; exportsDir: string }> {
  const projectDir = path.join(dir, kind);
  const exportsDir = path.join(projectDir, 'exports');
  mkdirSync(exportsDir, { recursive: true });
  const projectPath = path.join(projectDir, 'course.spoc');
  const api = createServices({
    mode: 'browser',
    workspaceDir: projectDir,
    appDataDir: path.join(projectDir, '.app-data'),
    resourcesDir: path.join(root, 'resources'),
    places: { chooseNewProjectPath: async () => projectPath, chooseProjectToOpen: async () => null, chooseExportFolder: async () => null, chooseExportPath: async () => null },
  });
  await api.createProject({ title: 'Fautes', language: 'fr', template: 'four-weekly-modules' });
  api.dispose();
  return { projectPath, exportsDir };
}

function report(kind: string, figures: Figures): void {
  console.log(
    `fault injection, ${kind}: ${figures.kills} kills${figures.runs ? ` (in ${figures.runs} runs)` : ''}, ${figures.acknowledged} acknowledged, ` +
      `${figures.lost} acknowledged lost, ${figures.refused} healthy files refused, ${figures.leftovers.length} leftovers`,
  );
}

// The five kinds run side by side: each waits mostly on its child's start and on fsync.
describe.concurrent('fault injection: kill -9', () => {
  it.each<Kind>(['edit', 'import', 'export', 'checkpoint', 'compact'])(
    'during %s: nothing acknowledged is lost, the project opens for editing, nothing is left behind',
    async (kind) => {
      const { projectPath, exportsDir } = await projectFor(kind);
      const figures: Figures = { kills: 0, acknowledged: 0, lost: 0, refused: 0, leftovers: [] };
      for (figures.runs = 0; figures.kills < KILLS_PER_KIND && figures.runs < KILLS_PER_KIND * 3; figures.runs += 1) {
        const lines = await runAndKill(kind, projectPath, exportsDir);
        if (killedDuring(kind, lines)) figures.kills += 1;
        await restartAndCheck(projectPath, exportsDir, lines, figures);
      }
      report(`kill -9 during ${kind}`, figures);
      expect(figures.kills).toBeGreaterThanOrEqual(KILLS_PER_KIND);
      expect(figures).toMatchObject({ lost: 0, refused: 0, leftovers: [] });
    },
    KILL_SUITE_TIMEOUT_MS,
  );
});

const isRoot = process.getuid?.() === 0;
const MEGABYTE = 1024 * 1024;

/** A small tmpfs, so the disk really fills; skipped with a reason where mounting is not allowed. */
function smallDisk(megabytes: number): { dir: string; fill(freeBytes: number): void; unfill(): void; unmount(): void } | null {
  const mountPoint = mkdtempSync(path.join(tmpdir(), 'spoc-full-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', mountPoint], { stdio: 'pipe' });
  } catch (error) {
    console.warn(`full-disk faults skipped: cannot mount a tmpfs (${String(error).split('\n')[0]})`);
    rmSync(mountPoint, { recursive: true, force: true });
    return null;
  }
  const filler = path.join(mountPoint, 'filler.bin');
  return {
    dir: mountPoint,
    fill(freeBytes) {
      rmSync(filler, { force: true });
      const stats = statfsSync(mountPoint);
      const toFill = Math.max(0, stats.bavail * stats.bsize - Math.round(freeBytes));
      const fd = openSync(filler, 'w');
      const block = Buffer.alloc(MEGABYTE, 1);
      try {
        for (let written = 0; written < toFill; written += block.length) writeSync(fd, block, 0, Math.min(block.length, toFill - written));
      } finally {
        closeSync(fd);
      }
    },
    unfill: () => rmSync(filler, { force: true }),
    unmount() {
      execFileSync('umount', ['-l', mountPoint], { stdio: 'pipe' });
      rmSync(mountPoint, { recursive: true, force: true });
    },
  };
}

/** Writes until only leaveFree bytes are free, or the disk is full, as another program would. */
function fillUp(filePath: string, leaveFree: number): void {
  const fd = openSync(filePath, 'a');
  const block = Buffer.alloc(64 * 1024, 2);
  const free = () => statfsSync(path.dirname(filePath)).bavail * statfsSync(path.dirname(filePath)).bsize;
  try {
    while (free() > leaveFree) writeSync(fd, block);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}

function servicesIn(workspaceDir: string, projectPath: string, exportsDir = path.join(workspaceDir, 'exports'), videoBytes = 10 * MEGABYTE) {
  return createServices({
    mode: 'browser',
    workspaceDir,
    appDataDir: path.join(dir, `app-data-${path.basename(workspaceDir)}`),
    resourcesDir: path.join(root, 'resources'),
    places: {
      chooseNewProjectPath: async () => projectPath,
      chooseProjectToOpen: async () => projectPath,
      chooseExportFolder: async () => null, chooseExportPath: async (suggested) => path.join(exportsDir, suggested),
      chooseMediaToImport: async () => [{ fileName: 'plein-disque.mp4', size: videoBytes, chunks: () => videoOf(videoBytes) }],
    },
  });
}

async function* videoOf(size: number): AsyncIterable<Buffer> {
  const header = mp4Header(size);
  yield Buffer.concat([header, Buffer.alloc(MEGABYTE - header.length, 7)]);
  for (let done = MEGABYTE; done < size; done += MEGABYTE) yield randomBytes(MEGABYTE);
}

/** Opens the project as a restarted app would: counts it refused unless it opens for editing with every acknowledged module. */
async function reopenHealthy(workspaceDir: string, projectPath: string, acknowledged: string[], figures: Figures): Promise<void> {
  const api = servicesIn(workspaceDir, projectPath);
  try {
    const opened = await api.openProject({}).catch(() => null);
    if (!opened || opened.readOnly !== null) {
      figures.refused += 1;
      return;
    }
    const titles = new Set((await api.getOutline({})).modules.map((module) => module.title));
    figures.acknowledged += acknowledged.length;
    figures.lost += acknowledged.filter((title) => !titles.has(title)).length;
  } finally {
    api.dispose();
  }
}

const unexpectedIn = (folder: string, expected: string[]): string[] => readdirSync(folder).filter((name) => !expected.includes(name) && name !== 'lost+found');

describe.skipIf(!isRoot)('fault injection: full disk (needs root to mount a small tmpfs)', () => {
  it('creation fails whole or succeeds whole, whatever the free space', async () => {
    const disk = smallDisk(24);
    if (!disk) return;
    const figures: Figures = { kills: 0, acknowledged: 0, lost: 0, refused: 0, leftovers: [] };
    try {
      for (const free of [0, 0.05, 0.2, 0.5, 1, 1.5, 2, 2.5, 3, 4, 6].map((megabytes) => megabytes * MEGABYTE)) {
        const projectPath = path.join(disk.dir, 'nouveau.spoc');
        disk.fill(free);
        const api = servicesIn(disk.dir, projectPath);
        const created = await api.createProject({ title: 'Nouveau', language: 'fr', template: 'four-weekly-modules' }).catch((error: unknown) => error);
        api.dispose();
        if (created instanceof Error) {
          expect(created).toMatchObject({ code: 'file-error' });
          figures.leftovers.push(...unexpectedIn(disk.dir, ['filler.bin', 'exports']));
        } else {
          await reopenHealthy(disk.dir, projectPath, [], figures);
          figures.leftovers.push(...unexpectedIn(disk.dir, ['filler.bin', 'exports', 'nouveau.spoc']));
        }
        for (const name of readdirSync(disk.dir)) rmSync(path.join(disk.dir, name), { recursive: true, force: true });
      }
    } finally {
      disk.unmount();
    }
    report('full disk during creation', figures);
    expect(figures).toMatchObject({ refused: 0, leftovers: [] });
  });

  it('a failed import on a full disk, then an edit and a quit: the project reopens with every edit', async () => {
    const disk = smallDisk(40);
    if (!disk) return;
    const figures: Figures = { kills: 0, acknowledged: 0, lost: 0, refused: 0, leftovers: [] };
    try {
      for (const free of [1, 3, 5, 7, 9, 12].map((megabytes) => megabytes * MEGABYTE)) {
        disk.unfill();
        const projectPath = path.join(disk.dir, `cours-${free}.spoc`);
        const setup = servicesIn(disk.dir, projectPath);
        await setup.createProject({ title: 'Plein', language: 'fr', template: 'four-weekly-modules' });
        setup.dispose();
        disk.fill(free);
        const api = servicesIn(disk.dir, projectPath);
        await api.openProject({});
        const acknowledged: string[] = [];
        const imported = await callApi(api, 'importMedia', {});
        if (!imported.ok) {
          expect(imported.error).toMatchObject({ code: 'file-error', text: { key: 'diskFull' } });
          // Nothing of it kept: no media in the course, no partial file in the store beside the project.
          expect((await api.getCourseDocument({})).media).toEqual([]);
          expect(readdirSync(disk.dir).filter((name) => name.endsWith('-media')).flatMap((name) => readdirSync(path.join(disk.dir, name)))).toEqual([]);
        }
        const title = `Après le disque plein ${free}`;
        if (await api.addModule({ title }).then(() => true, () => false)) acknowledged.push(title);
        api.dispose();
        await reopenHealthy(disk.dir, projectPath, acknowledged, figures);
        disk.unfill();
        await reopenHealthy(disk.dir, projectPath, acknowledged, figures);
        figures.leftovers.push(...unexpectedIn(disk.dir, ['exports', path.basename(projectPath)]));
        rmSync(projectPath);
      }
    } finally {
      disk.unmount();
    }
    report('full disk during import', figures);
    expect(figures).toMatchObject({ lost: 0, refused: 0, leftovers: [] });
  });

  it('an export to a full disk is refused or complete, never partial', async () => {
    const disk = smallDisk(24);
    if (!disk) return;
    const figures: Figures = { kills: 0, acknowledged: 0, lost: 0, refused: 0, leftovers: [] };
    const { projectPath } = await projectFor('export-full-disk' as Kind);
    try {
      for (const free of [0.1, 1, 4, 8, 16, 23].map((megabytes) => megabytes * MEGABYTE)) {
        disk.fill(free);
        const api = servicesIn(path.dirname(projectPath), projectPath, disk.dir);
        await api.openProject({});
        const written = await callApi(api, 'exportScorm', { version: '1.2', mode: 'course' });
        api.dispose();
        if (!written.ok) expect(written.error).toMatchObject({ code: 'file-error' });
        else if (!zipIsSound((written.value as { path: string }).path)) figures.leftovers.push(`broken zip at ${free} bytes free`);
        figures.leftovers.push(...unexpectedIn(disk.dir, ['filler.bin']).filter((name) => !name.endsWith('.zip')));
        for (const name of readdirSync(disk.dir)) rmSync(path.join(disk.dir, name), { force: true });
      }
    } finally {
      disk.unmount();
    }
    report('full disk during export', figures);
    expect(figures).toMatchObject({ refused: 0, leftovers: [] });
  });

  // A 10 MB video is streamed by the main thread; a 72 MB one is copied by the export's own thread.
  it.each([10, 72])('the disk filling up in the middle of an export (another program writing) leaves no partial file and an intact project (%i MB video)', async (videoMegabytes) => {
    const disk = smallDisk(videoMegabytes + 22);
    if (!disk) return;
    const figures: Figures = { kills: 0, acknowledged: 0, lost: 0, refused: 0, leftovers: [] };
    const projectDir = mkdtempSync(path.join(dir, 'mid-export-'));
    const projectPath = path.join(projectDir, 'video.spoc');
    const setup = servicesIn(projectDir, projectPath, undefined, videoMegabytes * MEGABYTE);
    await setup.createProject({ title: 'Vidéo', language: 'fr', template: 'four-weekly-modules' });
    const [video] = (await setup.importMedia({})).imported;
    const firstModule = (await setup.getOutline({})).modules[0]!;
    const capsule = firstModule.capsules[0]!;
    const videoNode = { type: 'video', attrs: { mediaId: video!.id, captionsMediaId: null, transcript: 'Transcription.', durationSeconds: 60 } };
    await setup.saveCapsuleContent({ id: capsule.id, content: { type: 'doc', content: [videoNode, { type: 'paragraph', content: [{ type: 'text', text: 'Regardez.' }] }] } });
    setup.dispose();
    let filledMidway = 0;
    try {
      for (let round = 0; round < 8; round += 1) {
        const api = servicesIn(projectDir, projectPath, disk.dir);
        await api.openProject({});
        // As soon as the export's temporary file appears, another program takes the free space but for
        // 0 to 1.3 MB, so the 10 MB package runs out at a different point of each round.
        const intruder = path.join(disk.dir, 'intruder.bin');
        let filled = false;
        const watcher = watch(disk.dir, (_event, name) => {
          if (filled || !name?.endsWith('.partial')) return;
          filled = true;
          fillUp(intruder, round * 192 * 1024);
        });
        const written = await callApi(api, 'exportScorm', { version: '1.2', mode: 'course' });
        watcher.close();
        api.dispose();
        if (!written.ok) {
          expect(written.error).toMatchObject({ code: 'file-error', text: { key: 'exportDiskFull' } });
          filledMidway += 1;
        } else if (!zipIsSound((written.value as { path: string }).path)) figures.leftovers.push(`broken zip in round ${round}`);
        figures.leftovers.push(...unexpectedIn(disk.dir, ['intruder.bin']).filter((name) => !(written.ok && name.endsWith('.zip'))));
        await reopenHealthy(projectDir, projectPath, [firstModule.title], figures);
        for (const name of readdirSync(disk.dir)) rmSync(path.join(disk.dir, name), { force: true });
      }
    } finally {
      disk.unmount();
    }
    figures.kills = filledMidway;
    report(`full disk in the middle of export (${filledMidway} of 8 exports hit it)`, figures);
    expect(filledMidway).toBeGreaterThanOrEqual(6);
    expect(figures).toMatchObject({ lost: 0, refused: 0, leftovers: [] });
  });
});
