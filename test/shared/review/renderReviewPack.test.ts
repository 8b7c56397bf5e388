import { describe, expect, it } from 'vitest';
import { renderCapsuleHtml } from '../../../shared/export/renderCapsuleHtml';
import type { ReviewRound } from '../../../shared/model/review';
import { packMediaHtml } from '../../../shared/review/packMediaHtml';
import { renderReviewPack } from '../../../shared/review/renderReviewPack';
import { exportCourseFixture, idOf } from '../export/exportCourseFixture';

const round: ReviewRound = { id: idOf(500), number: 2, name: 'V2', deadline: '2027-01-15', moduleIds: null, showAnswers: true, language: 'fr', state: 'open', createdAt: '2026-12-05T10:00:00Z' };

describe('the review pack page', () => {
  it('gives each block and script row a path, and leaves the export without them', () => {
    const doc = exportCourseFixture();
    const capsule = doc.capsules[0]!;
    const context = { language: 'fr' as const, mediaById: new Map(doc.media.map((asset) => [asset.id, asset])) };
    const scriptIndex = capsule.content.content!.findIndex((node) => node.type === 'videoScript');
    const annotated = renderCapsuleHtml(capsule.content, { ...context, blockPaths: true, mediaHtml: () => '' });
    expect(annotated).toContain(`<div class="spoc-review-block" data-spoc-path="0" data-spoc-type="heading">`);
    expect(annotated).toContain(`<tr data-spoc-path="${scriptIndex}.0" data-spoc-type="videoScriptRow">`);
    expect(renderCapsuleHtml(capsule.content, context)).not.toContain('data-spoc-path');
  });

  it('shows small images inline, and videos, audio, documents and large images as labelled placeholders', () => {
    const doc = exportCourseFixture();
    const capsule = doc.capsules[0]!;
    const mediaById = new Map(doc.media.map((asset) => [asset.id, asset]));
    const inline = renderCapsuleHtml(capsule.content, { language: 'fr', mediaById, mediaHtml: packMediaHtml('fr', () => 'data:image/png;base64,AAAA') });
    expect(inline).toContain('<img src="data:image/png;base64,AAAA" alt="Un schéma">');
    expect(inline).toContain('Vidéo «\u202fécoute.mp4\u202f»');
    expect(inline).toContain('durée 2 min');
    expect(inline).toContain('<p>Bonjour.</p><p>Au revoir.</p>');
    expect(inline).not.toMatch(/<(video|audio|track)\b|\bdownload\b|src="\.\.\//);
    const tooLarge = renderCapsuleHtml(capsule.content, { language: 'fr', mediaById, mediaHtml: packMediaHtml('fr', () => null) });
    expect(tooLarge).not.toContain('<img');
    expect(tooLarge).toContain('Image «\u202fschéma.png\u202f» non incluse');
  });

  it('shows answers and feedback only when the round says so', () => {
    const doc = exportCourseFixture();
    const mediaHtml = () => '';
    const withAnswers = renderReviewPack({ doc, round, previous: null, earlierComments: [], mediaHtml }).body;
    const without = renderReviewPack({ doc, round: { ...round, showAnswers: false }, previous: null, earlierComments: [], mediaHtml }).body;
    expect(withAnswers).toContain('aria-label="Bonne réponse"');
    expect(without).not.toContain('aria-label="Bonne réponse"');
    expect(without).toContain('Les réponses ne sont pas montrées dans cette relecture.');
    for (const question of doc.questions) expect(without).toContain(`data-question-id="${question.id}"`);
  });

  it('lists only the modules under review, and escapes the course text', () => {
    const doc = exportCourseFixture({ title: 'Cours <b>gras</b>' });
    const [first, second] = doc.modules;
    const page = renderReviewPack({ doc, round: { ...round, moduleIds: [second!.id] }, previous: null, earlierComments: [], mediaHtml: () => '' });
    expect(page.body).toContain(`data-module-id="${second!.id}"`);
    expect(page.body).not.toContain(`data-module-id="${first!.id}"`);
    expect(page.data.modules.map((module) => module.id)).toEqual([second!.id]);
    expect(page.body).toContain('Cours &lt;b&gt;gras&lt;/b&gt;');
    expect(page.title).toBe('Cours <b>gras</b> · relecture 2');
  });
});
