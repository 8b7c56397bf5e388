import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportText } from '../../../../shared/export/exportNotice';
import { byPosition } from '../../../../shared/model/byPosition';
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

describe('a branching scenario in the Word storyboard', () => {
  const harness = createTestServices({ resourcesDir: RESOURCES });
  afterAll(() => harness.cleanup());

  it('reads every situation, numbered, with where each choice leads, its feedback and the ends', async () => {
    await harness.api.openSampleProject({});
    const doc = await harness.api.getCourseDocument({});
    const capsule = [...doc.capsules].sort(byPosition)[0]!;
    const text = (value: string) => ({ type: 'paragraph', content: [{ type: 'text', text: value }] });
    await harness.api.saveCapsuleContent({
      id: capsule.id,
      content: {
        type: 'doc',
        content: [
          {
            type: 'scenario',
            attrs: { id: 'retard', title: 'Un retard de trop', required: 1 },
            content: [
              { type: 'situation', attrs: { id: 'debut', title: 'Karim arrive' }, content: [text('Il est 8 h 20.'), { type: 'scenarioChoice', attrs: { label: 'Lui parler seul', feedback: 'Il vous écoute.', target: 'seul' } }] },
              { type: 'situation', attrs: { id: 'seul', title: 'Seul à seul' }, content: [text('Karim explique.')] },
            ],
          },
        ],
      },
    });
    const file = await harness.api.exportStoryboard({});
    const read = await readStoryboard(readFileSync(file!.path));
    const order = [
      exportText('fr', 'scenarioTitled', { title: 'Un retard de trop' }),
      exportText('fr', 'situationHeading', { number: 1, title: 'Karim arrive' }),
      'Il est 8 h 20.',
      exportText('fr', 'choiceLeadsTo', { label: 'Lui parler seul', target: exportText('fr', 'situationHeading', { number: 2, title: 'Seul à seul' }) }),
      exportText('fr', 'choiceFeedback', { feedback: 'Il vous écoute.' }),
      exportText('fr', 'situationHeading', { number: 2, title: 'Seul à seul' }),
      'Karim explique.',
      exportText('fr', 'scenarioEnd'),
    ].map((value) => value.replace(/\s+/g, ' '));
    let from = 0;
    const missing = order.filter((value) => {
      const at = read.text.indexOf(value, from);
      if (at >= 0) from = at + value.length;
      return at < 0;
    });
    expect(missing).toEqual([]);
  }, 60_000);
});
