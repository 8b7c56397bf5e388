import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { callApi } from '../../../../electron/services/callApi';
import { MINUTES_PER_QUESTION } from '../../../../shared/model/blocks';
import { createTestServices } from '../serviceHarness';

let harness: ReturnType<typeof createTestServices>;
afterEach(() => harness?.cleanup());

async function reopen() {
  const path = (await harness.api.getSession({})).project!.path;
  const api = harness.restart();
  await api.openProject({ path });
  return api;
}

const titles = (outline: { modules: { title: string; capsules: { title: string }[] }[] }) =>
  outline.modules.map((module) => [module.title, module.capsules.map((capsule) => capsule.title)]);

describe('outline', () => {
  it('keeps added, moved and renamed modules and capsules after reopening', async () => {
    harness = createTestServices();
    const { api } = harness;
    await api.createProject({ title: 'Cours', language: 'fr', template: 'blank' });
    const m1 = await api.addModule({ title: 'Un' });
    const m3 = await api.addModule({ title: 'Trois' });
    const m2 = await api.addModule({ title: 'Deux', afterModuleId: m1.id });
    expect([m1.week, m3.week, m2.week]).toEqual([1, 2, 1]);
    const a = await api.addCapsule({ moduleId: m1.id, title: 'A', kind: 'video' });
    const c = await api.addCapsule({ moduleId: m1.id, title: 'C', kind: 'reading' });
    await api.addCapsule({ moduleId: m1.id, title: 'B', kind: 'assessment', afterCapsuleId: a.id });
    await api.moveModule({ id: m3.id, toIndex: 0 });
    await api.moveCapsule({ id: c.id, moduleId: m2.id, toIndex: 0 });
    await api.updateModule({ id: m2.id, patch: { title: 'Deux bis', week: 3 } });
    await api.updateCapsule({ id: a.id, patch: { title: 'A renamed', weekOverride: 2 } });

    const expected = [
      ['Trois', []],
      ['Un', ['A renamed', 'B']],
      ['Deux bis', ['C']],
    ];
    expect(titles(await api.getOutline({}))).toEqual(expected);
    const reopened = await reopen();
    const outline = await reopened.getOutline({});
    expect(titles(outline)).toEqual(expected);
    expect(outline.modules[1]!.capsules.map((capsule) => capsule.week)).toEqual([2, 1]);
    expect(outline.modules[2]!.capsules[0]!.week).toBe(3);
  });

  it('moves an item by rewriting only its own row', async () => {
    harness = createTestServices();
    const { api } = harness;
    await api.createProject({ title: 'Cours', language: 'fr', template: 'four-weekly-modules' });
    const before = await api.getCourseDocument({});
    const last = before.modules.at(-1)!;
    await api.moveModule({ id: last.id, toIndex: 1 });
    const after = await api.getCourseDocument({});
    const changed = after.modules.filter((module) => before.modules.find((old) => old.id === module.id)!.position !== module.position);
    expect(changed.map((module) => module.id)).toEqual([last.id]);
    expect((await api.getOutline({})).modules.map((module) => module.id)).toEqual([
      before.modules[0]!.id,
      last.id,
      before.modules[1]!.id,
      before.modules[2]!.id,
    ]);
  });

  it('times capsules from their content, their override and their quiz questions', async () => {
    harness = createTestServices();
    const { api } = harness;
    await api.createProject({ title: 'Cours', language: 'en', template: 'blank' });
    const module = await api.addModule({ title: 'M' });
    const capsule = await api.addCapsule({ moduleId: module.id, title: 'Read', kind: 'reading' });
    const words = Array.from({ length: 400 }, () => 'word').join(' ');
    await api.saveCapsuleContent({ id: capsule.id, content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }] } });
    let outline = await api.getOutline({});
    expect(outline.modules[0]!.capsules[0]!.minutes).toBe(2);
    expect(outline.totalMinutes).toBe(2);

    // An empty quiz capsule is timed by its questions: each one a learner answers adds its minutes.
    const check = await api.addCapsule({ moduleId: module.id, title: 'Check', kind: 'assessment' });
    const quiz = await api.addQuiz({ capsuleId: check.id, title: 'Check' });
    const questions = [];
    for (let n = 1; n <= 3; n += 1) {
      questions.push(await api.addQuestion({ quizId: quiz.id, question: { type: 'true-false', prompt: `Statement ${n}`, points: 1, feedbackCorrect: '', feedbackIncorrect: '', objectiveIds: [], answer: true } }));
    }
    outline = await api.getOutline({});
    expect(outline.modules[0]!.capsules[1]!.minutes).toBe(3 * MINUTES_PER_QUESTION);
    expect(outline.totalMinutes).toBe(2 + 3 * MINUTES_PER_QUESTION);
    await api.deleteQuestion({ id: questions[0]!.id });
    expect((await api.getOutline({})).modules[0]!.capsules[1]!.minutes).toBe(2 * MINUTES_PER_QUESTION);

    await api.updateCapsule({ id: capsule.id, patch: { minutesOverride: 6 } });
    outline = await api.getOutline({});
    expect(outline.modules[0]!.minutes).toBe(6 + 2 * MINUTES_PER_QUESTION);
    expect((await (await reopen()).getCapsule({ id: capsule.id })).content.content![0]!.content![0]!.text).toBe(words);
  });

  it('deletes a module with its capsules', async () => {
    harness = createTestServices();
    const { api } = harness;
    await api.createProject({ title: 'Cours', language: 'fr', template: 'awareness' });
    const outline = await api.getOutline({});
    const doomed = outline.modules[0]!;
    await api.deleteModule({ id: doomed.id });
    const result = await callApi(api, 'getCapsule', { id: doomed.capsules[0]!.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await (await reopen()).getOutline({})).modules).toHaveLength(2);
  });

  it('updates the course framing and refuses a patch that breaks the model', async () => {
    harness = createTestServices();
    const { api } = harness;
    await api.createProject({ title: 'Cours', language: 'fr', template: 'blank' });
    const course = await api.updateCourse({ patch: { client: 'OPTIMAX', startDate: '2026-03-02' } });
    expect(course.client).toBe('OPTIMAX');
    expect(await callApi(api, 'updateCourse', { patch: { startDate: '2026-13-01' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('patch.startDate') },
    });
    expect(await callApi(api, 'updateCourse', { patch: { id: 'x' } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((await (await reopen()).getOutline({})).course.client).toBe('OPTIMAX');
  });

  it('answers bad input with clear errors and changes nothing', async () => {
    harness = createTestServices();
    const { api } = harness;
    await api.createProject({ title: 'Cours', language: 'fr', template: 'four-weekly-modules' });
    const before = await api.getCourseDocument({});
    const moduleId = before.modules[0]!.id;
    const missingId = '01900000-0000-7000-8000-000000000000';
    const cases: [string, unknown, string, string][] = [
      ['addModule', { title: '' }, 'invalid-input', 'title'],
      ['addModule', { title: 42 }, 'invalid-input', 'title'],
      ['addModule', { title: 'X', afterModuleId: missingId }, 'not-found', missingId],
      ['moveModule', { id: 'not-a-uuid', toIndex: 0 }, 'invalid-input', 'id'],
      ['moveModule', { id: moduleId, toIndex: -1 }, 'invalid-input', 'toIndex'],
      ['moveModule', { id: missingId, toIndex: 0 }, 'not-found', missingId],
      ['addCapsule', { moduleId, title: 'X', kind: 'podcast' }, 'invalid-input', 'kind'],
      ['addCapsule', { moduleId: missingId, title: 'X', kind: 'video' }, 'not-found', missingId],
      ['addCapsule', { moduleId, title: 'X', kind: 'video', afterCapsuleId: before.capsules.at(-1)!.id }, 'invalid-input', 'not in module'],
      ['saveCapsuleContent', { id: before.capsules[0]!.id, content: { type: 'paragraph' } }, 'invalid-input', 'content.type'],
      ['updateCapsule', { id: before.capsules[0]!.id, patch: { objectiveIds: [missingId] } }, 'not-found', 'objective'],
      ['updateCapsule', { id: before.capsules[0]!.id, patch: { content: {} } }, 'invalid-input', 'patch'],
      ['deleteCapsule', { id: missingId }, 'not-found', missingId],
      ['dropTables', {}, 'invalid-input', 'Unknown API call "dropTables"'],
      ['getOutline', { extra: true }, 'invalid-input', 'extra'],
    ];
    for (const [method, input, code, fragment] of cases) {
      const result = await callApi(api, method, input);
      expect(result, `${method} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code } });
      expect(!result.ok && result.error.message, method).toContain(fragment);
    }
    expect(await api.getCourseDocument({})).toEqual(before);
  });

  it('refuses nested content deep enough to exhaust the stack', async () => {
    harness = createTestServices();
    const { api } = harness;
    await api.createProject({ title: 'Cours', language: 'fr', template: 'awareness' });
    const capsuleId = (await api.getCourseDocument({})).capsules[0]!.id;
    let node: Record<string, unknown> = { type: 'text', text: 'deep' };
    for (let depth = 0; depth < 60; depth += 1) node = { type: 'blockquote', content: [node] };
    const result = await callApi(api, 'saveCapsuleContent', { id: capsuleId, content: { type: 'doc', content: [node] } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('nested deeper') } });
  });

  it('stores capsule content as TipTap JSON text', async () => {
    harness = createTestServices();
    const { api } = harness;
    const summary = await api.createProject({ title: 'Cours', language: 'fr', template: 'awareness' });
    const capsuleId = (await api.getCourseDocument({})).capsules[0]!.id;
    const content = { type: 'doc' as const, content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Phishing' }] }] };
    await api.saveCapsuleContent({ id: capsuleId, content });
    await api.closeProject({});
    const db = new Database(summary!.path, { readonly: true });
    expect(JSON.parse(db.prepare('SELECT content FROM capsules WHERE id = ?').pluck().get(capsuleId) as string)).toEqual(content);
    db.close();
  });

  it('names the damaged capsule when its stored content is not a document, instead of showing a wrong outline', async () => {
    harness = createTestServices();
    const summary = await harness.api.createProject({ title: 'Cours', language: 'fr', template: 'awareness' });
    const capsuleId = (await harness.api.getCourseDocument({})).capsules[0]!.id;
    await harness.api.closeProject({});
    const db = new Database(summary!.path);
    db.prepare('UPDATE capsules SET content = ? WHERE id = ?').run('["not a document"]', capsuleId);
    db.close();
    const api = harness.restart();
    await api.openProject({ path: summary!.path });
    const result = await callApi(api, 'getOutline', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'corrupt-project', message: expect.stringContaining(capsuleId) } });
  });
});
