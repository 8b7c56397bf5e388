import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockPathOf } from '../../electron/services/project/projectLock';
import { launchAppForEachTest } from './support/launchApp';
import { screenshot } from './support/screenshot';

const app = launchAppForEachTest();

describe('a project another instance is editing', () => {
  it('is refused with who holds it, opens read-only on request with a banner, and a saved copy can be edited', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Fermer le projet' }).click();
    await page.getByRole('heading', { name: 'Ouvrir un projet' }).waitFor();
    const sharedPath = path.join(app.workspaceDir, 'autre-poste.spoc');
    copyFileSync(path.join(app.workspaceDir, 'optimanager-exemple.spoc'), sharedPath);
    const db = new Database(sharedPath);
    db.prepare("UPDATE courses SET title = 'Parcours partagé'").run();
    db.close();
    // Another instance, alive, holds it: its lock names a running process of this machine.
    const other = spawn('sleep', ['120']);
    try {
      writeFileSync(lockPathOf(sharedPath), JSON.stringify({ user: 'claire', host: hostname(), pid: other.pid, since: '2026-03-02T08:15:00.000Z' }));
      await page.reload();
      app.allowProblems(/HTTP 4\d\d: POST .*\/api\/openProject/);
      await page.getByRole('button', { name: /Parcours partagé/ }).click();
      const notice = page.getByRole('alert');
      await expect.poll(() => notice.innerText()).toContain('claire');
      expect(await notice.innerText()).toContain('depuis le 2026-03-02 08:15 UTC');
      await screenshot(page, 'project-locked-notice');

      await notice.getByRole('button', { name: 'Ouvrir en lecture seule' }).click();
      const banner = page.getByTestId('read-only-banner');
      await expect.poll(() => banner.innerText()).toContain('en cours de modification dans une autre fenêtre');
      await screenshot(page, 'project-read-only-banner');

      await banner.getByRole('button', { name: 'Enregistrer une copie sous…' }).click();
      await banner.waitFor({ state: 'detached' });
      expect(await page.locator('.topbar__title').innerText()).toBe('Parcours partagé');
    } finally {
      other.kill();
    }
  });
});
