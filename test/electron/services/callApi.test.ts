import { afterEach, describe, expect, it } from 'vitest';
import { callApi } from '../../../electron/services/callApi';
import { createTestServices } from './serviceHarness';

let harness: ReturnType<typeof createTestServices>;
afterEach(() => harness?.cleanup());

/** A capsule whose content nests one list inside another, depth times. */
function nestedContent(depth: number): unknown {
  const paragraph = { type: 'paragraph', content: [{ type: 'text', text: 'niveau' }] };
  let list: unknown = { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph] }] };
  for (let level = 1; level < depth; level += 1) list = { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph, list] }] };
  return { type: 'doc', content: [list] };
}

describe('the API door', () => {
  it('refuses content nested beyond reason with a clear message, never a raw stack overflow', async () => {
    harness = createTestServices();
    await harness.api.createProject({ title: 'Profond', language: 'fr', template: 'four-weekly-modules' });
    const capsuleId = (await harness.api.getOutline({})).modules[0]!.capsules[0]!.id;
    const result = await callApi(harness.api, 'saveCapsuleContent', { id: capsuleId, content: nestedContent(100_000) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', text: { key: 'inputTooDeep' } } });
    expect(JSON.stringify(result)).not.toMatch(/call stack/i);
    expect(await callApi(harness.api, 'saveCapsuleContent', { id: capsuleId, content: nestedContent(3) })).toMatchObject({ ok: true });
  });

  it('says what a full disk or a damaged file means instead of SQLite’s own words', async () => {
    harness = createTestServices();
    await harness.api.createProject({ title: 'Brut', language: 'fr', template: 'blank' });
    const raw = Object.assign(new Error('no such table: media_contents'), { code: 'SQLITE_ERROR' });
    const failing = { ...harness.api, listMediaLibrary: async () => Promise.reject(raw) };
    const result = await callApi(failing, 'listMediaLibrary', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', text: { key: 'storageFailed' } } });
  });
});
