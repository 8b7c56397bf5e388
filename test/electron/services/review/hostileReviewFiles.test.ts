import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_REVIEW_COMMENTS } from '../../../../shared/review/reviewFile';
import { commentId, openReviewFixture, reviewFileOf, sampleTargets } from './reviewFixture';

let fixture: Awaited<ReturnType<typeof openReviewFixture>>;
afterEach(() => fixture?.harness.cleanup());

const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>';

async function setUp() {
  fixture = await openReviewFixture();
  const doc = await fixture.doc();
  const round = await fixture.call('startReviewRound', { name: 'Tour', deadline: null, moduleIds: null, showAnswers: true, language: 'fr' });
  // A file too large for the call itself is refused by the contract, with the same kind of message.
  const importOne = async (text: string, fileName = 'hostile.spocreview') =>
    fixture.call('importReviews', { files: [{ fileName, text }] }).then(
      (results) => results[0]!,
      (error: Error) => ({ ok: false, message: error.message }),
    );
  return { doc, round, importOne };
}

describe('hostile review files', () => {
  it('refuses malformed JSON, a wrong course and a wrong round with a message that says what the file is', async () => {
    const { doc, round, importOne } = await setUp();
    const before = await fixture.call('getReviewOverview', {});
    expect(await importOne('{"format": "spoc-review", ', 'cut.spocreview')).toMatchObject({ ok: false, message: expect.stringContaining('"cut.spocreview" is not a review file (it is not valid JSON)') });
    expect(await importOne('[]')).toMatchObject({ ok: false, message: expect.stringContaining('is not a valid review file') });

    const otherCourse = { ...reviewFileOf(doc, round, 'Claire', []), courseId: '01900000-0000-7000-8000-0000000000ff', courseTitle: 'AGILECOM' };
    expect(await importOne(JSON.stringify(otherCourse))).toMatchObject({ ok: false, message: expect.stringContaining('a review of round 1 of the course "AGILECOM", not of "OPTIMANAGER') });
    const otherRound = reviewFileOf(doc, { id: '01900000-0000-7000-8000-0000000000ee', number: 3 }, 'Claire', []);
    expect(await importOne(JSON.stringify(otherRound))).toMatchObject({ ok: false, message: expect.stringContaining('a review of round 3 of the course "OPTIMANAGER') });
    expect((await importOne(JSON.stringify(otherRound))).message).toContain('its rounds: 1');
    expect(await fixture.call('getReviewOverview', {})).toEqual(before);
  });

  it('refuses oversized files and too many comments before touching the project', async () => {
    const { doc, round, importOne } = await setUp();
    const before = await fixture.call('getCourseDocument', {});
    const huge = 'x'.repeat(50 * 1024 * 1024);
    expect(await importOne(huge)).toMatchObject({ ok: false, message: expect.stringContaining('is larger than 5 MB: it is not a review sent from a SPOC Studio review pack') });
    const big = JSON.stringify({ ...reviewFileOf(doc, round, 'Claire', []), padding: 'x'.repeat(6 * 1024 * 1024) });
    expect(await importOne(big)).toMatchObject({ ok: false, message: expect.stringContaining('larger than 5 MB') });

    const { capsule } = sampleTargets(doc);
    const many = (count: number) =>
      JSON.stringify(reviewFileOf(doc, round, 'Claire', Array.from({ length: count }, () => ({ anchor: { kind: 'capsule' as const, capsuleId: capsule.id }, text: 'x' }))));
    expect(await importOne(many(100_000))).toMatchObject({ ok: false, message: expect.stringMatching(/larger than 5 MB|more than 5000 comments/) });
    expect(await importOne(many(MAX_REVIEW_COMMENTS + 1))).toMatchObject({ ok: false, message: expect.stringContaining(`holds more than ${MAX_REVIEW_COMMENTS} comments`) });
    expect((await fixture.call('getReviewOverview', {})).comments).toEqual([]);
    expect(await fixture.call('getCourseDocument', {})).toEqual(before);
  });

  it('keeps script and HTML in every text field as inert text, in the app and in the next pack', async () => {
    const { doc, round, importOne } = await setUp();
    const before = await fixture.call('getCourseDocument', {});
    const { capsule, paragraph, question, option } = sampleTargets(doc);
    const file = reviewFileOf(doc, round, `Claire ${HOSTILE}`, [
      { anchor: { kind: 'course' }, text: HOSTILE },
      { anchor: { kind: 'capsule', capsuleId: capsule.id }, text: HOSTILE },
      { anchor: { kind: 'block', capsuleId: capsule.id, path: paragraph.path, blockType: HOSTILE, excerpt: HOSTILE }, text: HOSTILE },
      { anchor: { kind: 'quote', capsuleId: capsule.id, path: null, quote: { text: HOSTILE, prefix: HOSTILE, suffix: HOSTILE } }, text: HOSTILE },
      { anchor: { kind: 'question', capsuleId: capsule.id, questionId: question.id, excerpt: HOSTILE }, text: HOSTILE },
      { anchor: { kind: 'option', capsuleId: capsule.id, questionId: question.id, optionId: option.id, excerpt: HOSTILE }, text: HOSTILE },
    ]);
    const result = await importOne(JSON.stringify({ ...file, courseTitle: HOSTILE }));
    expect(result).toMatchObject({ ok: true, added: 6 });
    const { comments } = await fixture.call('getReviewOverview', {});
    expect(comments.map((comment) => comment.text)).toEqual(Array(6).fill(HOSTILE));
    // Comments only: the course is exactly as it was.
    expect(await fixture.call('getCourseDocument', {})).toEqual(before);

    await fixture.call('replyToReviewComment', { id: file.comments[1]!.id, reply: HOSTILE });
    const next = await fixture.call('startReviewRound', { name: HOSTILE, deadline: null, moduleIds: null, showAnswers: true, language: 'fr' });
    const html = readFileSync((await fixture.call('saveReviewPack', { roundId: next.id }))!.path, 'utf8');
    const body = html.slice(html.indexOf('<body'), html.lastIndexOf('<script>'));
    expect(body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(body).not.toContain('<img src=x');
    expect(body.match(/<script\b/g)).toEqual(['<script']);
    expect(body).toContain('<script type="application/json" id="spoc-review-data">');
    expect(body.slice(body.indexOf('spoc-review-data'))).not.toMatch(/<\/script>[\s\S]*<\/script>/);
  });

  it('drops __proto__ keys: nothing is polluted and only the known fields are stored', async () => {
    const { doc, round, importOne } = await setUp();
    const { capsule } = sampleTargets(doc);
    const id = commentId();
    const file = reviewFileOf(doc, round, 'Claire', [{ id, anchor: { kind: 'capsule', capsuleId: capsule.id }, text: 'Bien.' }]);
    const text = JSON.stringify(file)
      .replace('{"format"', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"format"')
      .replace('"anchor":{', '"anchor":{"__proto__":{"polluted":true},')
      .replace(`{"id":"${id}"`, `{"__proto__":{"status":"resolved","polluted":true},"id":"${id}"`);
    expect(await importOne(text)).toMatchObject({ ok: true, added: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const [comment] = (await fixture.call('getReviewOverview', {})).comments;
    expect(comment).toMatchObject({ status: 'open', anchor: { kind: 'capsule', capsuleId: capsule.id } });
    expect(Object.keys(comment!.anchor).sort()).toEqual(['capsuleId', 'kind']);
    expect(Object.prototype.hasOwnProperty.call(comment, 'polluted')).toBe(false);
  });

  it('never lets a file overwrite a comment of another reviewer by reusing its id', async () => {
    const { doc, round, importOne } = await setUp();
    const { capsule } = sampleTargets(doc);
    const id = commentId();
    await importOne(JSON.stringify(reviewFileOf(doc, round, 'Claire', [{ id, anchor: { kind: 'capsule', capsuleId: capsule.id }, text: 'Texte de Claire.' }])));
    expect(await importOne(JSON.stringify(reviewFileOf(doc, round, 'Mallory', [{ id, anchor: { kind: 'capsule', capsuleId: capsule.id }, text: 'Remplacé.' }])))).toMatchObject({ ok: true, added: 0, updated: 0, unchanged: 1 });
    expect((await fixture.call('getReviewOverview', {})).comments.map((comment) => [comment.reviewer, comment.text])).toEqual([['Claire', 'Texte de Claire.']]);
  });
});
