import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openReviewFixture, reviewFileOf, sampleTargets } from '../review/reviewFixture';
import { readStoryboard } from './storyboardReader';

let fixture: Awaited<ReturnType<typeof openReviewFixture>>;
afterEach(() => fixture?.harness.cleanup());

const roundFields = { name: 'Premier jet', deadline: null, moduleIds: null, showAnswers: true, language: 'fr' as const };

describe('the storyboard and the review rounds', () => {
  it('lists the open comments of the last round with their place, leaving out resolved ones and earlier rounds', async () => {
    fixture = await openReviewFixture();
    const doc = await fixture.doc();
    const { capsule, paragraph } = sampleTargets(doc);
    const first = await fixture.call('startReviewRound', roundFields);
    const old = reviewFileOf(doc, first, 'Claire', [{ anchor: { kind: 'capsule', capsuleId: capsule.id }, text: 'Remarque du premier tour.' }]);
    await fixture.call('importReviews', { files: [{ fileName: 'r1.spocreview', text: JSON.stringify(old) }] });

    const second = await fixture.call('startReviewRound', { ...roundFields, name: 'V2' });
    const quote = paragraph.text.split(' ').slice(0, 4).join(' ');
    const file = reviewFileOf(doc, second, 'Marc (OPTIMAX)', [
      { anchor: { kind: 'quote', capsuleId: capsule.id, path: paragraph.path, quote: { text: quote, prefix: '', suffix: '' } }, text: 'Tutoyer plutôt que vouvoyer.' },
      { anchor: { kind: 'capsule', capsuleId: capsule.id }, text: 'Déjà réglé.' },
    ]);
    await fixture.call('importReviews', { files: [{ fileName: 'r2.spocreview', text: JSON.stringify(file) }] });
    const settled = (await fixture.call('getReviewOverview', {})).comments.find((comment) => comment.text === 'Déjà réglé.')!;
    await fixture.call('setReviewCommentStatus', { id: settled.id, status: 'resolved' });

    const saved = await fixture.call('exportStoryboard', {});
    const storyboard = await readStoryboard(readFileSync(saved!.path));
    expect(storyboard.text).toContain('Tutoyer plutôt que vouvoyer.');
    expect(storyboard.text).toContain('Marc (OPTIMAX)');
    expect(storyboard.text).toContain(quote);
    expect(storyboard.text).toContain(capsule.title);
    expect(storyboard.text).not.toContain('Déjà réglé.');
    expect(storyboard.text).not.toContain('Remarque du premier tour.');
  });
});
