import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './support/launchApp';
import { screenshot } from './support/screenshot';
import { fr } from './support/frenchText';
import { waitUntilSaved } from './support/saveStatus';

let app: LaunchedApp;
let downloads: string;

beforeEach(async () => {
  app = await launchApp();
  app.page.setDefaultTimeout(8_000);
  downloads = mkdtempSync(path.join(tmpdir(), 'spoc-review-e2e-'));
});

afterEach(async () => {
  try {
    app.assertNoProblems();
  } finally {
    await app.close();
    rmSync(downloads, { recursive: true, force: true });
  }
});

/** A client's browser: its own profile, reporting every request and console error the pack makes. */
async function openClientBrowser(): Promise<{ context: BrowserContext; requests: string[]; errors: string[] }> {
  const browser = app.context.browser();
  if (!browser) throw new Error('No browser.');
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  context.on('weberror', (error) => errors.push(error.error().message));
  return { context, requests, errors };
}

async function savePack(page: Page, roundNumber: number, name: string): Promise<string> {
  const round = page.getByTestId('review-round').filter({ hasText: `Tour ${roundNumber} ·` });
  // The size is shown before saving.
  await expect.poll(() => round.getByTestId('review-pack-size').innerText()).toMatch(/^Dossier\u202f: [\d,]+ Ko$/);
  const [download] = await Promise.all([page.waitForEvent('download'), round.getByRole('button', { name: 'Enregistrer le dossier…' }).click()]);
  const file = path.join(downloads, name);
  await download.saveAs(file);
  return file;
}

async function startRound(page: Page, name: string): Promise<void> {
  await page.getByLabel('Nom du tour').fill(name);
  await page.getByRole('button', { name: 'Démarrer le tour' }).click();
  await page.getByTestId('review-round').filter({ hasText: name }).waitFor();
}

/** Selects the first words of a paragraph, as a reviewer does with the mouse. */
async function selectWords(page: Page, paragraph: string, words: number): Promise<string> {
  return page.evaluate(
    ({ selector, count }) => {
      const element = document.querySelector(selector);
      const text = element?.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) throw new Error(`No text in ${selector}`);
      const content = text.textContent ?? '';
      const end = content.split(' ').slice(0, count).join(' ').length;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, end);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return content.slice(0, end);
    },
    { selector: paragraph, count: words },
  );
}

describe('client review, offline (browser mode)', () => {
  it('goes from a pack opened from file:// to comments worked through in the app, and round 2 shows what changed', async () => {
    const { page } = app;
    await page.getByTestId('nav-review').click();
    await page.getByRole('heading', { name: 'Relecture client' }).waitFor();
    await startRound(page, 'Premier jet');
    await screenshot(page, 'review-rounds');
    const pack1 = await savePack(page, 1, 'pack-1.html');

    // ---- The client, in their own browser, from the file ----
    const client = await openClientBrowser();
    const pack = await client.context.newPage();
    const packUrl = pathToFileURL(pack1).href;
    await pack.goto(packUrl);
    await pack.getByLabel('Votre nom').fill('Claire Dupont (OPTIMAX)');
    await pack.getByLabel('Votre nom').press('Tab');

    // Accessible as it opens (axe-core, WCAG 2 A and AA); the CSP lets the test evaluate it, not inject it.
    await pack.evaluate(readFileSync(path.resolve(__dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await pack.evaluate(async () => (await (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] })).violations.map((violation) => `${violation.id} (${violation.nodes.length})`));
    expect(violations).toEqual([]);

    const scripted = pack.locator('article.rv-capsule').filter({ has: pack.locator('.spoc-video-script') }).first();
    const capsuleTitle = await scripted.locator('.rv-capsule__head h3').innerText();
    const comment = async (button: ReturnType<Page['locator']>, text: string) => {
      await button.click();
      await pack.getByLabel('Votre commentaire').fill(text);
      await pack.getByRole('button', { name: 'Enregistrer' }).click();
      await pack.locator('.rv-comment', { hasText: text }).waitFor();
    };
    await comment(scripted.locator('.rv-capsule__head .rv-add'), 'Capsule trop longue pour un lundi matin.');
    await comment(scripted.locator('tr[data-spoc-path] .rv-add').first(), 'La narration de cette ligne est trop rapide.');
    const option = pack.locator('.rv-option').first();
    const optionText = (await option.locator('.rv-option__text').innerText()).replace(/^[✓✗]\s*/, '');
    await comment(option.locator('.rv-add'), 'Cette réponse est ambiguë <script>alert(1)</script>.');
    const paragraph = `#capsule-${await scripted.getAttribute('data-capsule-id')} .spoc-content p`;
    const quoted = await selectWords(pack, paragraph, 5);
    await pack.getByRole('button', { name: 'Commenter le passage sélectionné' }).click();
    await pack.getByLabel('Votre commentaire').fill('Préciser qui est Karim.');
    await pack.getByRole('button', { name: 'Enregistrer' }).click();
    await pack.locator('.rv-comment', { hasText: 'Préciser qui est Karim.' }).locator('.rv-quote', { hasText: quoted }).waitFor();
    const firstModule = pack.locator('[data-signoff-for]').first();
    await firstModule.getByRole('button', { name: 'Approuvé' }).click();
    await pack.getByLabel('Remarque générale').fill('Bonne base, merci.');
    await pack.getByText('4 commentaires').waitFor();
    await pack.locator('.rv-comment').first().scrollIntoViewIfNeeded();
    const clientShot = await screenshot(pack, 'review-pack-client');

    // Comments survive closing and reopening the file.
    await pack.reload();
    await pack.getByText('4 commentaires').waitFor();
    expect(await pack.locator('.rv-comment').count()).toBe(4);
    expect(await pack.locator('[data-signoff-for]').first().getByRole('button', { name: 'Approuvé' }).getAttribute('aria-pressed')).toBe('true');
    expect(await pack.getByLabel('Votre nom').inputValue()).toBe('Claire Dupont (OPTIMAX)');
    expect(await pack.getByLabel('Remarque générale').inputValue()).toBe('Bonne base, merci.');
    // What the reviewer typed stays text.
    expect(await pack.locator('.rv-comment script').count()).toBe(0);

    const [sent] = await Promise.all([pack.waitForEvent('download'), pack.getByRole('button', { name: 'Envoyer ma relecture' }).click()]);
    expect(sent.suggestedFilename()).toMatch(/ - 1 - Claire Dupont \(OPTIMAX\)\.spocreview$/);
    const reviewFile = path.join(downloads, 'claire.spocreview');
    await sent.saveAs(reviewFile);
    const review = JSON.parse(readFileSync(reviewFile, 'utf8'));
    expect(review).toMatchObject({ format: 'spoc-review', roundNumber: 1, reviewer: 'Claire Dupont (OPTIMAX)' });
    expect(review.comments).toHaveLength(5);
    expect(review.signoffs).toHaveLength(1);
    // Nothing but the file itself was loaded (the review file is a local blob), and nothing complained.
    expect(client.requests.filter((url) => url !== packUrl && !url.startsWith('blob:'))).toEqual([]);
    expect(client.errors).toEqual([]);

    // ---- The designer imports it ----
    await page.getByTestId('review-file-input').setInputFiles(reviewFile);
    await page.getByTestId('review-import-results').waitFor();
    await expect.poll(() => page.getByTestId('review-import-results').innerText()).toContain('5 nouveaux, 0 mis à jour, 0 inchangé, 1 décision');
    await page.getByTestId('review-file-input').setInputFiles(reviewFile);
    await page.getByTestId('review-import-results').filter({ hasText: '5 inchangés' }).waitFor();
    await expect.poll(() => page.getByTestId('review-import-results').innerText()).toContain('0 nouveau, 0 mis à jour, 5 inchangés, 0 décision');
    const cards = page.getByTestId('review-comment');
    await expect.poll(() => cards.count()).toBe(5);
    const card = (text: string) => cards.filter({ hasText: text });
    expect(await card('trop rapide').innerText()).toContain(capsuleTitle);
    expect(await card('Préciser qui est Karim').locator('blockquote').innerText()).toContain(quoted);
    expect(await card('ambiguë').locator('.review-comment__text').innerText()).toBe('Cette réponse est ambiguë <script>alert(1)</script>.');

    await card('Capsule trop longue').getByLabel('Votre réponse').fill('Raccourcie à 6 minutes.');
    await card('Capsule trop longue').getByRole('button', { name: 'Répondre' }).click();
    await card('Capsule trop longue').locator('.review-status').filter({ hasText: 'Répondu' }).waitFor();
    await expect.poll(() => card('Capsule trop longue').locator('.review-status').innerText()).toBe('Répondu');
    await card('ambiguë').getByRole('button', { name: 'Résoudre' }).click();
    await card('ambiguë').locator('.review-status').filter({ hasText: 'Résolu' }).waitFor();
    await expect.poll(() => card('ambiguë').locator('.review-status').innerText()).toBe('Résolu');
    // Resolving is undoable like any edit, from the top bar.
    const undo = page.getByTestId('undo');
    await expect.poll(() => undo.getAttribute('title')).toBe(fr('Annuler : changer le statut d’un commentaire client (Ctrl+Z)'));
    await undo.click();
    await card('ambiguë').locator('.review-status').filter({ hasText: 'Ouvert' }).waitFor();
    await expect.poll(() => card('ambiguë').locator('.review-status').innerText()).toBe('Ouvert');
    await page.getByTestId('redo').click();
    await card('ambiguë').locator('.review-status').filter({ hasText: 'Résolu' }).waitFor();
    await expect.poll(() => card('ambiguë').locator('.review-status').innerText()).toBe('Résolu');
    await page.getByLabel('Statut').selectOption({ label: 'Ouvert' });
    await expect.poll(() => cards.count()).toBe(3);
    await page.getByLabel('Statut').selectOption({ label: 'Tous' });
    await card('Capsule trop longue').scrollIntoViewIfNeeded();
    const panelShot = await screenshot(page, 'review-panel');

    // One click from the option's comment to its question, then from the quote's to its capsule.
    await card('ambiguë').getByRole('button', { name: 'Voir l’endroit' }).click();
    await expect.poll(() => page.getByText(optionText).first().isVisible()).toBe(true);
    await page.getByTestId('nav-review').click();
    await card('Préciser qui est Karim').getByRole('button', { name: 'Voir l’endroit' }).click();
    const content = page.getByTestId('capsule-content');
    await expect.poll(() => content.innerText()).toContain(quoted);
    // The comments show on the capsule, and the quoted passage is highlighted in the editor.
    await expect.poll(() => page.getByTestId('capsule-review-comments').innerText()).toContain('Capsule trop longue');
    expect(await page.getByTestId('capsule-review-comments').innerText()).toContain('Préciser qui est Karim');
    await expect.poll(() => page.evaluate(() => [...(CSS.highlights.get('spoc-review-quote') ?? [])].map((range) => range.toString()))).toEqual([quoted]);
    await screenshot(page, 'review-editor');
    await content.locator('p', { hasText: quoted }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Ajout demandé par le client.');
    await waitUntilSaved(page);

    // The export warns about the modules the client has not approved.
    await page.getByRole('button', { name: 'Exporter' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Exporter en SCORM' });
    await expect.poll(() => exportDialog.getByTestId('export-unapproved').innerText()).toMatch(/^Ces modules ne sont pas encore approuvés par le client\u202f: «\u202fCommuniquer efficacement\u202f»/);
    await exportDialog.getByRole('button', { name: 'Fermer' }).first().click();

    // The module approved by the client shows in the outline.
    await page.getByTestId('nav-outline').click();
    await page.getByTestId('module-signoff').first().waitFor();
    await expect.poll(() => page.getByTestId('module-signoff').first().innerText()).toContain('Approuvé');
    // Three comments on the capsule are still to deal with (the fourth, on a quiz answer, is resolved).
    await expect.poll(() => page.getByTestId('outline-capsule').filter({ hasText: capsuleTitle }).getByTestId('comments-marker').innerText()).toBe('3');

    // ---- Round 2 ----
    await page.getByTestId('nav-review').click();
    await startRound(page, 'Version 2');
    const pack2 = await savePack(page, 2, 'pack-2.html');
    const second = await client.context.newPage();
    const pack2Url = pathToFileURL(pack2).href;
    client.requests.length = 0;
    await second.goto(pack2Url);
    // The reviewer's name from round 1 is offered again; their round-1 comments are not carried over.
    expect(await second.getByLabel('Votre nom').inputValue()).toBe('Claire Dupont (OPTIMAX)');
    expect(await second.locator('.rv-comment').count()).toBe(0);
    const changes = second.locator('#rv-changes');
    await expect.poll(async () => (await changes.locator('ins').allInnerTexts()).join(' ')).toContain('Ajout demandé par le client.');
    const earlier = second.locator('#rv-earlier');
    expect(await earlier.locator('.rv-earlier', { hasText: 'Capsule trop longue' }).innerText()).toContain('Raccourcie à 6 minutes.');
    expect(await earlier.locator('.rv-earlier', { hasText: 'ambiguë' }).locator('.rv-status').innerText()).toBe('Résolu');
    expect(await earlier.locator('.rv-earlier', { hasText: 'Préciser qui est Karim' }).locator('.rv-status').innerText()).toBe('Ouvert');
    expect(await second.locator(`article#capsule-${await scripted.getAttribute('data-capsule-id')} .rv-badge--changed`).count()).toBe(1);
    await changes.scrollIntoViewIfNeeded();
    const round2Shot = await screenshot(second, 'review-pack-round2');
    expect(client.requests.filter((url) => url !== pack2Url)).toEqual([]);
    expect(client.errors).toEqual([]);
    await client.context.close();

    if (process.env.SPOC_UPDATE_SCREENSHOTS) {
      const target = path.resolve(__dirname, '../../resources/screenshots');
      mkdirSync(target, { recursive: true });
      copyFileSync(clientShot, path.join(target, 'review-pack.png'));
      copyFileSync(panelShot, path.join(target, 'review-panel.png'));
      copyFileSync(round2Shot, path.join(target, 'review-round2.png'));
    }
  }, 120_000);
});
