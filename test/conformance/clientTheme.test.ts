import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { MediaAsset } from '../../shared/model/course';
import { CourseDocumentSchema } from '../../shared/model/courseDocument';
import { idOf } from '../shared/export/exportCourseFixture';
import { compactSample } from './support/compactSample';
import { chromiumForThisFile, withTestLms } from './support/testLms';
import { writePackageFolders } from './support/writePackageFolders';

// A 2×1 PNG: enough for the browser to decode it as the logo.
const LOGO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGP4z8DwnwEKGBgAHvYD/eBY4p0AAAAASUVORK5CYII=', 'base64');
const PRIMARY = '#8a1538';
const ACCENT = '#f2a541';

function themedCourse(): { doc: ReturnType<typeof CourseDocumentSchema.parse>; logo: MediaAsset } {
  const doc = compactSample();
  const sha256 = createHash('sha256').update(LOGO).digest('hex');
  const logo: MediaAsset = { id: idOf(801), sha256, fileName: 'logo-optimax.png', mimeType: 'image/png', kind: 'image', size: LOGO.length, crc32: crc32(LOGO), durationSeconds: null, width: 2, height: 1, createdAt: '2026-01-01T00:00:00Z' };
  doc.media.push(logo);
  doc.course.client = 'OPTIMAX';
  doc.course.theme = { primary: PRIMARY, accent: ACCENT, font: 'serif', logoMediaId: logo.id };
  return { doc: CourseDocumentSchema.parse(doc), logo };
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

describe('the client theme travels inside the package', () => {
  const chromium = chromiumForThisFile();

  it('colours, font and logo come from the package itself: the player shows them and asks nothing from outside', async () => {
    const { doc, logo } = themedCourse();
    const { packages, root } = await writePackageFolders(doc, { version: '2004-4th', mode: 'course' }, new Map([[logo.sha256, LOGO]]));
    chromium.removeAfterAll(root);
    const { folder, scoPaths, manifest } = packages[0]!;
    const page = readFileSync(path.join(folder, scoPaths[0]!), 'utf8');
    expect(page).toContain(`--accent:${PRIMARY}`);
    expect(page).toContain(`--brand:${ACCENT}`);
    expect(page).not.toMatch(/https?:\/\//);
    expect(manifest).toContain(`media/${logo.sha256}.png`);

    await withTestLms(chromium.browser(), async (lms) => {
      lms.usePackage(folder);
      const frame = await lms.launch('2004', scoPaths[0]!);
      const style = (selector: string, property: string) => frame.locator(selector).first().evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
      await expect.poll(() => style('.spoc-pager .spoc-button', 'background-color')).toBe(rgb(PRIMARY));
      expect(await style('.spoc-topbar', 'border-top-color')).toBe(rgb(ACCENT));
      expect(await style('body', 'font-family')).toMatch(/^Charter/);
      const image = frame.getByRole('img', { name: 'OPTIMAX' });
      await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(2);
      expect(lms.problems.outsideRequests).toEqual([]);
      expect(lms.missingFiles()).toEqual([]);
      expect(lms.problems.consoleErrors).toEqual([]);
      await lms.page.screenshot({ path: 'test-output/player-client-theme.png' });
    });
  }, 60_000);
});
