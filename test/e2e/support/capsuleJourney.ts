/**
 * The steps the interactive-block journeys share: a new capsule written in the editor, its preview,
 * its export as a SCORM 1.2 package, and that package played in the test LMS with the keyboard.
 * Each test keeps its own assertions on the blocks; these only take the learner there.
 */
import AdmZip from 'adm-zip';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { TestLms } from '../../conformance/support/testLms';
import type { LaunchedApp } from './launchApp';

/** Presses Tab until `target` has the focus: reached with the keyboard alone. */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

/** Adds a capsule to the first module, opens it from the keyboard and types its first paragraph. */
export async function writeNewCapsule(page: Page, title: string, firstParagraph: string): Promise<void> {
  await page.getByTestId('outline-module').first().waitFor();
  await page.getByRole('button', { name: 'Ajouter une capsule' }).first().click();
  await page.getByLabel('Titre de la capsule').fill(title);
  await page.keyboard.press('Enter');
  await page.getByTestId('outline-capsule').filter({ hasText: title }).waitFor();
  // The new capsule has the focus: Enter opens it.
  await page.keyboard.press('Enter');
  await page.getByTestId('capsule-content').click();
  await page.keyboard.type(firstParagraph);
}

/** Opens the preview and waits for `ready` in its player; the player's page has the focus. */
export async function openPreview(page: Page, ready: string): Promise<FrameLocator> {
  await page.getByRole('button', { name: 'Aperçu', exact: true }).click();
  const preview = page.frameLocator('.preview-dialog__frame');
  await preview.locator(ready).waitFor();
  await preview.locator('body').focus();
  return preview;
}

/** Escape closes the preview, even with the focus inside its player. */
export async function closePreview(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('.preview-dialog__frame').count()).toBe(0);
}

interface ExportedPackage {
  folder: string;
  launchPath: string;
}

/** Exports the course from the dialog's defaults and unzips the package into a folder removed after the file's tests. */
export async function exportPackage(app: LaunchedApp, chromium: { removeAfterAll(folder: string): void }, folderPrefix: string): Promise<ExportedPackage> {
  const { page } = app;
  await page.getByRole('button', { name: 'Exporter' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exporter en SCORM' });
  await dialog.getByRole('button', { name: 'Exporter le paquet' }).click();
  await dialog.getByTestId('export-result').waitFor({ timeout: 15_000 });
  const exportsDir = path.join(app.workspaceDir, 'exports');
  const [zipName] = readdirSync(exportsDir);
  const folder = mkdtempSync(path.join(tmpdir(), folderPrefix));
  chromium.removeAfterAll(folder);
  new AdmZip(path.join(exportsDir, zipName!)).extractAllTo(folder, true);
  const launchPath = /<resource\b[^>]*\bhref="([^"]+)"/.exec(readFileSync(path.join(folder, 'imsmanifest.xml'), 'utf8'))![1]!;
  return { folder, launchPath };
}

/**
 * Launches the package in the test LMS (SCORM 1.2), goes to the capsule through the player's menu
 * with the keyboard, waits for `ready`, then lets `play` act and assert; the LMS must have seen no
 * console error and no request leaving the package.
 */
export async function playExportedCapsule(
  browser: Browser,
  exported: ExportedPackage,
  capsule: RegExp,
  ready: string,
  play: (lms: TestLms, frame: Frame) => Promise<void>,
): Promise<void> {
  const lms = await TestLms.open(browser);
  try {
    lms.usePackage(exported.folder);
    const frame = await lms.launch('1.2', exported.launchPath);
    await frame.locator('#spoc-nav').waitFor();
    await tabTo(lms.page, frame.getByRole('button', { name: capsule }));
    await lms.page.keyboard.press('Enter');
    await frame.locator(ready).waitFor();
    await play(lms, frame);
    expect(lms.problems.consoleErrors).toEqual([]);
    expect(lms.problems.outsideRequests).toEqual([]);
  } finally {
    await lms.dispose();
  }
}
