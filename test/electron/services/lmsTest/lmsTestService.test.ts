import AdmZip from 'adm-zip';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { buffer } from 'node:stream/consumers';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../../electron/services/createServices';
import { PreviewStore } from '../../../../electron/services/preview/previewStore';
import { fixturePlayerAssets } from '../../../shared/export/exportCourseFixture';
import { generateLargeCourse } from '../../../support/generateLargeCourse';

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

/** Services with stand-ins of the built player and test LMS script, and a generated course open. */
async function servicesWithCourse() {
  const root = mkdtempSync(path.join(tmpdir(), 'spoc-lms-test-'));
  const out = path.join(root, 'out');
  mkdirSync(path.join(out, 'scorm-player'), { recursive: true });
  writeFileSync(path.join(out, 'scorm-player', 'player.js'), fixturePlayerAssets.script);
  writeFileSync(path.join(out, 'scorm-player', 'player.css'), fixturePlayerAssets.style);
  writeFileSync(path.join(out, 'scorm-player', 'sco.html'), fixturePlayerAssets.scoPage);
  mkdirSync(path.join(out, 'lms-launcher'));
  writeFileSync(path.join(out, 'lms-launcher', 'lmsLauncher.js'), '/* test LMS */');
  mkdirSync(path.join(root, 'workspace'));
  mkdirSync(path.join(root, 'course'));
  const course = await generateLargeCourse({ dir: path.join(root, 'course'), mediaBytes: 200_000, mediaFileCount: 2 });
  const previews = new PreviewStore();
  const api = createServices({
    mode: 'browser',
    workspaceDir: path.join(root, 'workspace'),
    appDataDir: path.join(root, 'app-data'),
    resourcesDir: path.join(root, 'resources'),
    previews,
    places: {
      chooseNewProjectPath: async (name) => path.join(root, 'workspace', name),
      chooseProjectToOpen: async () => course.projectPath,
      chooseExportPath: async (name) => path.join(root, name),
      chooseExportFolder: async (name) => path.join(root, name),
    },
  });
  await api.openProject({});
  cleanup = () => {
    api.dispose();
    rmSync(root, { recursive: true, force: true });
  };
  return { api, previews };
}

describe('LMS test service', () => {
  it('serves exactly the bytes the export writes, package by package, beside the test LMS page', async () => {
    const { api, previews } = await servicesWithCourse();
    const options = { version: '2004-4th', mode: 'module-packages' } as const;
    const test = await api.openLmsTest(options);
    const key = /^lms-test\/([0-9a-f]{32})\/launcher\.html$/.exec(test.path)?.[1];
    const entry = previews.get(key ?? '');
    expect(entry?.purpose).toBe('lms-test');
    const exported = await api.exportScorm(options);
    expect(test.packages.map((item) => item.fileName)).toEqual(exported!.packages.map((item) => path.basename(item.path)));
    let compared = 0;
    for (const [index, written] of exported!.packages.entries()) {
      const zip = new AdmZip(written.path);
      const served = [...entry!.files.keys()].filter((name) => name.startsWith(`packages/${index + 1}/`));
      expect(served.sort()).toEqual(zip.getEntries().map((zipEntry) => `packages/${index + 1}/${zipEntry.entryName}`).sort());
      for (const zipEntry of zip.getEntries()) {
        const file = entry!.files.get(`packages/${index + 1}/${zipEntry.entryName}`)!;
        const bytes = file.kind === 'text' ? Buffer.from(file.content, 'utf8') : await buffer(entry!.openMedia(file.sha256));
        expect(bytes.equals(zipEntry.getData()), zipEntry.entryName).toBe(true);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(exported!.packages.length * 4);
    expect(JSON.parse((entry!.files.get('packages.json') as { content: string }).content)).toHaveLength(exported!.packages.length);
    expect((entry!.files.get('launcher.html') as { content: string }).content).toContain('<script src="lmsLauncher.js"></script>');
  });

  it('writes the report where the user chooses', async () => {
    const { api } = await servicesWithCourse();
    const saved = await api.saveLmsTestReport({ markdown: '# Test du paquet SCORM comme dans le LMS\n' });
    expect(saved?.fileName).toMatch(/LMS test\.md$/);
    expect(readFileSync(saved!.path, 'utf8')).toBe('# Test du paquet SCORM comme dans le LMS\n');
  });
});
