import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../../../electron/services/createServices';
import { mediaFileSourceOf } from '../../../../electron/services/media/mediaFileSourceOf';
import type { MediaFileSource } from '../../../../electron/services/serviceOptions';
import { cliInTempDir } from '../../cli/cliHarness';
import { createTestServices } from '../serviceHarness';

const RESOURCES = path.resolve(__dirname, '../../../../resources');

/** The app's Import… on one zip of a weekly export (one package per module), picked on the disk or uploaded. */
describe('Import… of one package of a weekly export', () => {
  let cli: ReturnType<typeof cliInTempDir>;
  let zips: string[];
  let root: string;

  beforeAll(async () => {
    const harness = createTestServices({ resourcesDir: RESOURCES });
    const samplePath = (await harness.api.openSampleProject({})).path;
    await harness.api.closeProject({});
    cli = cliInTempDir();
    const exported = await cli.spoc('export', samplePath, '--scorm', '1.2', '--mode', 'module-packages', '-o', 'hebdo');
    expect(exported.code, exported.stderr).toBe(0);
    harness.cleanup();
    zips = readdirSync(path.join(cli.cwd, 'hebdo')).sort();
    root = mkdtempSync(path.join(tmpdir(), 'spoc-weekly-'));
  });
  afterAll(() => {
    rmSync(cli.cwd, { recursive: true, force: true });
    rmSync(root, { recursive: true, force: true });
  });

  const servicesPicking = (pick: () => Promise<MediaFileSource>, name: string) => {
    const workspaceDir = path.join(root, name);
    mkdirSync(workspaceDir);
    return createServices({
      mode: 'browser',
      workspaceDir,
      appDataDir: path.join(root, `${name}-app`),
      resourcesDir: RESOURCES,
      places: {
        chooseNewProjectPath: async (suggested) => path.join(workspaceDir, suggested),
        chooseProjectToOpen: async () => null,
        chooseExportPath: async () => null,
        chooseExportFolder: async () => null,
        chooseFileToImport: pick,
      },
    });
  };

  it('picked on the disk, it brings the zips beside it: the whole course is previewed and created', async () => {
    const api = servicesPicking(() => mediaFileSourceOf(path.join(cli.cwd, 'hebdo', zips[1]!)), 'disk');
    try {
      const preview = await api.stageImport({});
      expect(preview?.modules).toHaveLength(4);
      const created = await api.createProjectFromImport({});
      expect(created).not.toBeNull();
      const doc = await api.getCourseDocument({});
      expect(doc.capsules).toHaveLength(19);
      expect(doc.media.length).toBeGreaterThan(0);
    } finally {
      api.dispose();
    }
  });

  it('uploaded alone (no folder to look in), it is refused before the preview with what to import instead, and nothing is created', async () => {
    const withMedia = zips.find((name) => name.startsWith('week-01'))!;
    const picked = await mediaFileSourceOf(path.join(cli.cwd, 'hebdo', withMedia));
    const api = servicesPicking(async () => ({ ...picked, filePath: undefined }), 'upload');
    try {
      await expect(api.stageImport({})).rejects.toThrow(/is one module's package of a weekly export and lacks media\/[0-9a-f]{64}\.\w+ \("[^"]+"\), which another module's package holds/);
      expect(readdirSync(path.join(root, 'upload'))).toEqual([]);
    } finally {
      api.dispose();
    }
  });
});
