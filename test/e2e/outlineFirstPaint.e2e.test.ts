import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateLargeCourse, type LargeCourse } from '../support/generateLargeCourse';
import { launchApp, type LaunchedApp } from './support/launchApp';

/** What the first frame with outline rows held: rows starting below the screen (past the tree's own offset). */
interface FirstFrame {
  rows: number;
  rowsBelowScreen: number;
}

describe('the outline’s first paint holds only what is on screen', () => {
  let dir: string;
  let course: LargeCourse;
  let app: LaunchedApp | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'spoc-e2e-first-paint-'));
    course = await generateLargeCourse({ dir, mediaBytes: 0, mediaFileCount: 1 });
    app = await launchApp({ projectFile: course.projectPath });
  }, 60_000);

  afterAll(async () => {
    try {
      app?.assertNoProblems();
    } finally {
      await app?.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('paints the rows of the first screen, then renders the screens around them without a scroll', async () => {
    const { page } = app!;
    await page.addInitScript(() => {
      const check = () => {
        const tree = document.querySelector('[data-testid="outline-tree"]');
        const rows = [...(tree?.querySelectorAll('[role="row"]') ?? [])];
        if (!tree || rows.length === 0) return requestAnimationFrame(check);
        const below = innerHeight + tree.getBoundingClientRect().top;
        const frame: FirstFrame = {
          rows: rows.length,
          rowsBelowScreen: rows.filter((row) => row.getBoundingClientRect().top > below).length,
        };
        (window as unknown as { firstFrame: FirstFrame }).firstFrame = frame;
      };
      requestAnimationFrame(check);
    });
    await page.reload();
    const firstFrame = () => page.evaluate(() => (window as unknown as { firstFrame?: FirstFrame }).firstFrame);
    await expect.poll(firstFrame).toBeDefined();
    const first = (await firstFrame())!;
    expect(first.rowsBelowScreen, 'rows below the first screen in the first frame').toBe(0);

    // Right after, the next screen is rendered too, so a scroll shows rows at once.
    const rowsBelowTwoThirds = () =>
      page.evaluate(() => [...document.querySelectorAll('[data-testid="outline-tree"] [role="row"]')].filter((row) => row.getBoundingClientRect().top > 1.5 * innerHeight).length);
    await expect.poll(rowsBelowTwoThirds).toBeGreaterThan(5);
    await page.mouse.move(700, 500);
    await page.mouse.wheel(0, 1800);
    await expect
      .poll(() => page.evaluate(() => [...document.querySelectorAll('[data-testid="outline-tree"] [role="row"]')].some((row) => row.getBoundingClientRect().bottom >= innerHeight)))
      .toBe(true);
  });
});
