import { describe, expect, it } from 'vitest';
import { buildPackagePlan } from '../../../shared/export/buildPackagePlan';
import { buildPreviewPackage } from '../../../shared/export/buildPreviewPackage';
import { ExportOptionsSchema } from '../../../shared/export/exportOptions';
import type { PlayerData } from '../../../shared/export/playerData';
import { exportCourseFixture, fixturePlayerAssets } from './exportCourseFixture';

const doc = exportCourseFixture();

function playerDataOf(files: { path: string; kind: string; content?: string }[]): PlayerData {
  const script = files.find((file) => file.path === 'sco-1/course-data.js')?.content ?? '';
  return JSON.parse(script.replace(/^window\.SPOC_DATA = /, '').replace(/;\n$/, '')) as PlayerData;
}

describe('preview of a capsule or module', () => {
  it('shows one capsule alone, in preview mode (no LMS), with the export player and page', () => {
    const capsule = doc.capsules[0]!;
    const preview = buildPreviewPackage(doc, { kind: 'capsule', id: capsule.id }, fixturePlayerAssets);
    expect(preview.title).toBe(capsule.title);
    expect(preview.entry).toBe('sco-1/index.html');
    const data = playerDataOf(preview.files as { path: string; kind: string; content?: string }[]);
    expect(data.scormVersion).toBeNull();
    expect(data.modules).toHaveLength(1);
    expect(data.modules[0]!.capsules.map((shown) => shown.title)).toEqual([capsule.title]);
    expect(preview.files.find((file) => file.path === 'player/player.js')).toMatchObject({ kind: 'text', content: fixturePlayerAssets.script });
    expect(preview.files.find((file) => file.path === 'sco-1/index.html')).toMatchObject({ content: expect.stringContaining(`<title>${capsule.title}</title>`) });
    expect(preview.files.some((file) => file.path === 'imsmanifest.xml')).toBe(false);
  });

  it('renders the capsule exactly as the export does, media files included', () => {
    const capsule = doc.capsules[0]!;
    const preview = buildPreviewPackage(doc, { kind: 'capsule', id: capsule.id }, fixturePlayerAssets);
    const exported = buildPackagePlan(doc, ExportOptionsSchema.parse({ version: '2004-4th', mode: 'course' }), fixturePlayerAssets).packages[0]!;
    const exportedCapsule = playerDataOf(exported.files as { path: string; kind: string; content?: string }[]).modules[0]!.capsules[0]!;
    expect(playerDataOf(preview.files as { path: string; kind: string; content?: string }[]).modules[0]!.capsules[0]).toEqual(exportedCapsule);
    const mediaPaths = preview.files.filter((file) => file.kind === 'media').map((file) => file.path);
    expect(mediaPaths.length).toBeGreaterThan(0);
    for (const path of mediaPaths) expect(exported.files.some((file) => file.path === path)).toBe(true);
  });

  it('shows every capsule of a module in order, and no other module', () => {
    const module = doc.modules[1]!;
    const preview = buildPreviewPackage(doc, { kind: 'module', id: module.id }, fixturePlayerAssets);
    const data = playerDataOf(preview.files as { path: string; kind: string; content?: string }[]);
    expect(data.modules.map((shown) => shown.id)).toEqual([module.id]);
    expect(data.modules[0]!.capsules.map((shown) => shown.title)).toEqual(['Capsule 2.1', 'Capsule 2.2']);
    expect(data.modules[0]!.capsules[1]!.quiz?.questions).toHaveLength(2);
  });

  it('says what to do when the capsule or module is gone', () => {
    expect(() => buildPreviewPackage(doc, { kind: 'capsule', id: doc.modules[0]!.id }, fixturePlayerAssets)).toThrow(/no capsule .* Pick a capsule in the outline/);
    expect(() => buildPreviewPackage(doc, { kind: 'module', id: doc.capsules[0]!.id }, fixturePlayerAssets)).toThrow(/no module .* Pick a module in the outline/);
  });
});
