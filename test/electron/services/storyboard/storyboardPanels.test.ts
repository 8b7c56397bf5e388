import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportText } from '../../../../shared/export/exportNotice';
import { byPosition } from '../../../../shared/model/courseDocument';
import type { RichTextNode } from '../../../../shared/model/richText';
import { createTestServices } from '../serviceHarness';
import { readStoryboard } from './storyboardReader';

const RESOURCES = path.resolve(__dirname, '../../../../resources');
const panel = (title: string, text: string): RichTextNode => ({ type: 'panel', attrs: { title }, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('accordion and tabs in the Word storyboard', () => {
  const harness = createTestServices({ resourcesDir: RESOURCES });
  afterAll(() => harness.cleanup());

  it('shows every panel, titled, in a box named after the block, in reading order', async () => {
    await harness.api.openSampleProject({});
    const doc = await harness.api.getCourseDocument({});
    const capsule = [...doc.capsules].sort(byPosition)[0]!;
    await harness.api.saveCapsuleContent({
      id: capsule.id,
      content: {
        type: 'doc',
        content: [
          { type: 'accordion', content: [panel('Avant le brief', 'Préparer les chiffres.'), panel('', 'Sans titre.')] },
          { type: 'tabs', content: [panel('Atelier', 'Parler du poste.'), panel('Bureau', 'Parler des dossiers.')] },
        ],
      },
    });
    const file = await harness.api.exportStoryboard({});
    const read = await readStoryboard(readFileSync(file!.path));
    const order = ['Accordéon', 'Avant le brief', 'Préparer les chiffres.', 'Volet 2', 'Sans titre.', 'Onglets', 'Atelier', 'Parler du poste.', 'Bureau', 'Parler des dossiers.'];
    const at = order.map((text) => read.text.indexOf(text));
    expect(at.every((index) => index >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  }, 60_000);
});

describe('flashcards, process, timeline and labeled graphic in the Word storyboard', () => {
  const harness = createTestServices({ resourcesDir: RESOURCES });
  afterAll(() => harness.cleanup());

  it('reads every card, step, event and hotspot, with fronts, step numbers and hotspot places, in reading order', async () => {
    await harness.api.openSampleProject({});
    const doc = await harness.api.getCourseDocument({});
    const capsule = [...doc.capsules].sort(byPosition)[0]!;
    const image = doc.media.find((asset) => asset.kind === 'image')!;
    const hotspot = (title: string, x: number, y: number, text: string): RichTextNode => ({ type: 'hotspot', attrs: { title, x, y }, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
    await harness.api.saveCapsuleContent({
      id: capsule.id,
      content: {
        type: 'doc',
        content: [
          { type: 'flashcards', content: [panel('Écoute active', 'Reformuler.')] },
          { type: 'process', content: [panel('Préparer', 'Trois chiffres.'), panel('Mener', 'Debout.')] },
          { type: 'timeline', content: [panel('Semaine 1', 'Le rôle.')] },
          { type: 'labeledGraphic', attrs: { mediaId: image.id, alt: 'Les cinq temps' }, content: [hotspot('Accueil', 12, 48, 'Bonjour.')] },
        ],
      },
    });
    const file = await harness.api.exportStoryboard({});
    const read = await readStoryboard(readFileSync(file!.path));
    const order = [
      'Cartes à retourner',
      exportText('fr', 'cardFrontLabel', { title: 'Écoute active' }),
      'Reformuler.',
      'Processus en étapes',
      exportText('fr', 'stepTitle', { number: 1, total: 2, title: 'Préparer' }),
      'Trois chiffres.',
      exportText('fr', 'stepTitle', { number: 2, total: 2, title: 'Mener' }),
      'Frise chronologique',
      'Semaine 1',
      'Le rôle.',
      'Image à points d’intérêt',
      'Les cinq temps',
      '1. Accueil',
      exportText('fr', 'hotspotPlace', { number: 1, x: 12, y: 48 }),
      'Bonjour.',
    ].map((text) => text.replace(/\s+/g, ' ')); // the reader reads no-break spaces as spaces
    // Each text after the one before it (the block's name also appears earlier, in the outline).
    let from = read.text.indexOf(order[1]!) - order[0]!.length - 1;
    const missing = order.filter((text) => {
      const at = read.text.indexOf(text, from);
      if (at >= 0) from = at + text.length;
      return at < 0;
    });
    expect(missing).toEqual([]);
  }, 60_000);
});
