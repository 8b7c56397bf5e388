import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openReviewFixture, reviewFileOf, sampleTargets } from './reviewFixture';

let fixture: Awaited<ReturnType<typeof openReviewFixture>>;
afterEach(() => fixture?.harness.cleanup());

const roundFields = { name: 'Premier jet', deadline: '2027-01-15', moduleIds: null, showAnswers: true, language: 'fr' as const };

describe('review rounds', () => {
  it('numbers rounds, keeps a snapshot, and writes a pack with a strict CSP and every reviewed capsule', async () => {
    fixture = await openReviewFixture();
    const doc = await fixture.doc();
    const first = await fixture.call('startReviewRound', roundFields);
    const second = await fixture.call('startReviewRound', { ...roundFields, name: 'V2', moduleIds: [doc.modules[0]!.id] });
    expect([first.number, second.number]).toEqual([1, 2]);

    const size = await fixture.call('getReviewPackSize', { roundId: first.id });
    const saved = await fixture.call('saveReviewPack', { roundId: first.id });
    expect(saved?.bytes).toBe(size.bytes);
    const html = readFileSync(saved!.path, 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+'; img-src data:/);
    for (const capsule of doc.capsules) expect(html).toContain(`data-capsule-id="${capsule.id}"`);
    expect(html).not.toMatch(/<(video|audio|iframe)\b/);
    expect(html).not.toMatch(/\b(src|href)="(?!data:|#)/);
  });

  it('imports a review once: the same file twice changes nothing, a second reviewer merges', async () => {
    fixture = await openReviewFixture();
    const doc = await fixture.doc();
    const round = await fixture.call('startReviewRound', roundFields);
    const { capsule, row, question, option } = sampleTargets(doc);
    const file = reviewFileOf(doc, round, 'Claire (OPTIMAX)', [
      { anchor: { kind: 'capsule', capsuleId: capsule.id }, text: 'Trop long.' },
      { anchor: { kind: 'block', capsuleId: capsule.id, path: row.path, blockType: row.type, excerpt: row.text.slice(0, 50) }, text: 'Reformuler la narration.' },
      { anchor: { kind: 'option', capsuleId: capsule.id, questionId: question.id, optionId: option.id, excerpt: option.text }, text: 'Ambigu.' },
    ], [{ moduleId: doc.modules[0]!.id, decision: 'approved' }]);
    const text = JSON.stringify(file);
    const [first] = await fixture.call('importReviews', { files: [{ fileName: 'claire.spocreview', text }] });
    expect(first).toMatchObject({ ok: true, added: 3, signoffs: 1, roundNumber: 1, reviewer: 'Claire (OPTIMAX)' });
    const before = await fixture.call('getReviewOverview', {});
    const [again] = await fixture.call('importReviews', { files: [{ fileName: 'claire.spocreview', text }] });
    expect(again).toMatchObject({ ok: true, added: 0, updated: 0, unchanged: 3, signoffs: 0 });
    expect(await fixture.call('getReviewOverview', {})).toEqual(before);
    expect(before.rounds[0]?.state).toBe('received');

    const other = reviewFileOf(doc, round, 'Marc', [{ anchor: { kind: 'capsule', capsuleId: capsule.id }, text: 'OK pour moi.' }]);
    await fixture.call('importReviews', { files: [{ fileName: 'marc.spocreview', text: JSON.stringify(other) }] });
    const merged = await fixture.call('getReviewOverview', {});
    expect(merged.comments).toHaveLength(4);
    expect(merged.rounds[0]?.reviewers).toEqual(['Claire (OPTIMAX)', 'Marc']);
    expect(merged.comments.every((comment) => comment.place.attached)).toBe(true);
  });

  it('refuses a review for a project open read-only, and changes nothing', async () => {
    fixture = await openReviewFixture();
    const doc = await fixture.doc();
    const round = await fixture.call('startReviewRound', roundFields);
    const { capsule } = sampleTargets(doc);
    const session = await fixture.call('getSession', {});
    await fixture.call('closeProject', {});
    fixture.harness.answers.projectToOpen = session.project!.path;
    await fixture.call('openProject', { readOnly: true });
    const file = reviewFileOf(doc, round, 'Claire', [{ anchor: { kind: 'capsule', capsuleId: capsule.id }, text: 'Trop long.' }]);
    const [refused] = await fixture.call('importReviews', { files: [{ fileName: 'claire.spocreview', text: JSON.stringify(file) }] });
    expect(refused).toMatchObject({ ok: false, added: 0 });
    expect((await fixture.call('getReviewOverview', {})).comments).toEqual([]);
  });

  it('undoes and redoes a reply and a resolution', async () => {
    fixture = await openReviewFixture();
    const doc = await fixture.doc();
    const round = await fixture.call('startReviewRound', roundFields);
    const { capsule } = sampleTargets(doc);
    const file = reviewFileOf(doc, round, 'Claire', [{ anchor: { kind: 'capsule', capsuleId: capsule.id }, text: 'Trop long.' }]);
    await fixture.call('importReviews', { files: [{ fileName: 'c.spocreview', text: JSON.stringify(file) }] });
    const id = file.comments[0]!.id;
    expect(await fixture.call('replyToReviewComment', { id, reply: 'Raccourci à 6 min.' })).toMatchObject({ status: 'answered', reply: 'Raccourci à 6 min.' });
    expect(await fixture.call('setReviewCommentStatus', { id, status: 'resolved' })).toMatchObject({ status: 'resolved' });
    const statusOf = async () => (await fixture.call('getReviewOverview', {})).comments[0];
    const undone = await fixture.call('undo', {});
    expect(undone.changedTables).toContain('review_comments');
    expect(await statusOf()).toMatchObject({ status: 'answered' });
    await fixture.call('undo', {});
    expect(await statusOf()).toMatchObject({ status: 'open', reply: '' });
    await fixture.call('redo', {});
    expect(await statusOf()).toMatchObject({ status: 'answered', reply: 'Raccourci à 6 min.' });
    expect(await fixture.call('setReviewCommentStatus', { id, status: 'open' })).toMatchObject({ status: 'answered' });
  });

  it('shows a comment as detached once its block is rewritten, and attached where a block moved', async () => {
    fixture = await openReviewFixture();
    const doc = await fixture.doc();
    const round = await fixture.call('startReviewRound', roundFields);
    const { capsule, paragraph, row } = sampleTargets(doc);
    const file = reviewFileOf(doc, round, 'Claire', [
      { anchor: { kind: 'block', capsuleId: capsule.id, path: paragraph.path, blockType: paragraph.type, excerpt: paragraph.text.slice(0, 80) }, text: 'Paragraphe confus.' },
      { anchor: { kind: 'quote', capsuleId: capsule.id, path: row.path, quote: { text: row.text.split(' ').slice(0, 4).join(' '), prefix: '', suffix: '' } }, text: 'Ce passage.' },
    ]);
    await fixture.call('importReviews', { files: [{ fileName: 'c.spocreview', text: JSON.stringify(file) }] });
    const index = Number(paragraph.path);
    const content = structuredClone(capsule.content);
    // A new block on top moves everything down; then the commented paragraph is rewritten.
    content.content = [{ type: 'paragraph', content: [{ type: 'text', text: 'Introduction ajoutée.' }] }, ...(content.content ?? [])];
    await fixture.call('saveCapsuleContent', { id: capsule.id, content });
    let comments = (await fixture.call('getReviewOverview', {})).comments;
    expect(comments.map((comment) => comment.place)).toEqual([
      expect.objectContaining({ attached: true, path: String(index + 1) }),
      expect.objectContaining({ attached: true }),
    ]);
    content.content![index + 1] = { type: 'paragraph', content: [{ type: 'text', text: 'Tout autre chose.' }] };
    await fixture.call('saveCapsuleContent', { id: capsule.id, content });
    comments = (await fixture.call('getReviewOverview', {})).comments;
    expect(comments[0]?.place).toMatchObject({ attached: false, capsuleId: capsule.id });
    expect(comments[0]?.anchor).toMatchObject({ excerpt: paragraph.text.slice(0, 80) });
  });
});
