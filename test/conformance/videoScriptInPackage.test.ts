import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Capsule, MediaAsset } from '../../shared/model/course';
import { byPosition } from '../../shared/model/byPosition';
import { CourseDocumentSchema, type CourseDocument } from '../../shared/model/courseDocument';
import type { RichTextNode } from '../../shared/model/richText';
import { PACKAGE_SOURCE_PATH } from '../../shared/interchange/packageSource';
import { idOf, paragraph } from '../shared/export/exportCourseFixture';
import { compactSample } from './support/compactSample';
import { chromiumForThisFile, withTestLms } from './support/testLms';
import { writePackageFolders } from './support/writePackageFolders';

const NARRATION = 'Bonjour, je suis Claire, responsable de l’atelier.';
const DIRECTIONS = ['PLAN SERRÉ sur Claire face caméra', 'INCRUSTATION du logo OPTIMAX'];

function asset(n: number, fileName: string, mimeType: string, kind: MediaAsset['kind'], bytes: Buffer): MediaAsset {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { id: idOf(700 + n), sha256, fileName, mimeType, kind, size: bytes.length, crc32: crc32(bytes), durationSeconds: 3, width: null, height: null, createdAt: '2026-01-01T00:00:00Z' };
}

const script = (narration: string, screen: string): RichTextNode => ({
  type: 'videoScript',
  content: [{ type: 'videoScriptRow', content: [{ type: 'scriptNarration', content: [paragraph(narration)] }, { type: 'scriptScreen', content: [paragraph(screen)] }] }],
});

/** The compact sample opening on two video capsules: one filmed (video, captions, script), one still a script. */
function courseWithScripts(): { doc: CourseDocument; media: Map<string, Buffer> } {
  const doc = compactSample();
  const video = Buffer.from('not decoded by this test: only its place in the package matters');
  const captions = Buffer.from('WEBVTT\n\n00:00.000 --> 00:03.000\nBonjour\n');
  const videoAsset = asset(1, 'claire.mp4', 'video/mp4', 'video', video);
  const captionsAsset = asset(2, 'claire.vtt', 'text/vtt', 'captions', captions);
  const moduleId = [...doc.modules].sort(byPosition)[0]!.id;
  const capsule = (n: number, title: string, content: RichTextNode[]): Capsule => ({
    id: idOf(710 + n),
    moduleId,
    title,
    kind: 'video',
    minutesOverride: null,
    weekOverride: null,
    content: { type: 'doc', content },
    objectiveIds: [],
    position: `A${n}`,
  });
  doc.media.push(videoAsset, captionsAsset);
  doc.capsules.push(
    capsule(1, 'Le mot de Claire', [
      paragraph('Regardez la vidéo.'),
      { type: 'video', attrs: { mediaId: videoAsset.id, captionsMediaId: captionsAsset.id, transcript: '', durationSeconds: 3 } },
      script(NARRATION, DIRECTIONS[0]!),
    ]),
    capsule(2, 'Le brief de demain', [script('Une narration encore en travail.', DIRECTIONS[1]!)]),
  );
  return { doc: CourseDocumentSchema.parse(doc), media: new Map([[videoAsset.sha256, video], [captionsAsset.sha256, captions]]) };
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

describe('learners get the filmed video, never the production script', () => {
  const chromium = chromiumForThisFile();

  it('ships no "on screen" direction, plays the video with captions and the narration as transcript, and holds a placeholder otherwise', async () => {
    const { doc, media } = courseWithScripts();
    const { packages, root } = await writePackageFolders(doc, { version: '1.2', mode: 'course' }, media);
    chromium.removeAfterAll(root);
    const folder = packages[0]!.folder;
    // What the player reads: every file but the course source (kept so the package reopens as a project;
    // the export dialog says a learner could fetch it, and the designer can leave it out).
    const files = filesUnder(folder);
    expect(files.map((file) => path.basename(file))).toContain(PACKAGE_SOURCE_PATH);
    const texts = files.filter((file) => path.basename(file) !== PACKAGE_SOURCE_PATH).map((file) => readFileSync(file, 'utf8'));
    for (const direction of DIRECTIONS) expect(texts.filter((text) => text.includes(direction))).toEqual([]);
    expect(texts.some((text) => text.includes(NARRATION))).toBe(true);
    // Left out, no file of the package carries a direction.
    const withoutSource = await writePackageFolders(doc, { version: '1.2', mode: 'course', includeSource: false }, media);
    chromium.removeAfterAll(withoutSource.root);
    const allTexts = filesUnder(withoutSource.packages[0]!.folder).map((file) => readFileSync(file, 'utf8'));
    for (const direction of DIRECTIONS) expect(allTexts.filter((text) => text.includes(direction))).toEqual([]);

    await withTestLms(chromium.browser(), async (lms) => {
      lms.usePackage(folder);
      const frame = await lms.launch('1.2', packages[0]!.scoPaths[0]!);
      await expect.poll(() => frame.locator('#spoc-capsule-title').innerText()).toBe('Le mot de Claire');
      expect(await frame.locator('.spoc-video video').count()).toBe(1);
      expect(await frame.locator('.spoc-video track[kind="captions"]').getAttribute('src')).toMatch(/\.vtt$/);
      await frame.getByText(/^(Transcription|Transcript)$/).click();
      await expect.poll(() => frame.locator('.spoc-transcript-text').innerText()).toBe(NARRATION);
      expect(await frame.locator('.spoc-video-placeholder').count()).toBe(0);
      await lms.page.screenshot({ path: 'test-output/player-filmed-video.png' });

      await frame.getByRole('button', { name: /Suivant|Next/ }).click();
      await expect.poll(() => frame.locator('#spoc-capsule-title').innerText()).toBe('Le brief de demain');
      await expect.poll(() => frame.locator('.spoc-video-placeholder').innerText()).toBe('La vidéo de cette capsule sera bientôt disponible ici.');
      expect(await frame.locator('.spoc-content table, .spoc-content video').count()).toBe(0);
      await lms.page.screenshot({ path: 'test-output/player-video-placeholder.png' });
      expect(lms.missingFiles()).toEqual([]);
      expect(lms.problems.consoleErrors).toEqual([]);
    });
  }, 60_000);
});
