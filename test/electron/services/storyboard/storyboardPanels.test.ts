import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
