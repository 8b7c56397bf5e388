// getOutline builds from the kept course document after its first call: unchanged capsules are not
// decoded again, the outline is the same as a plain read of the rows, and it follows every write,
// another connection's commits included.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Outline } from '../../../../shared/api/outlineCalls';
import { createTestServices } from '../serviceHarness';

let harness: ReturnType<typeof createTestServices>;
afterEach(() => {
  vi.restoreAllMocks();
  harness?.cleanup();
});

const paragraph = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const words = (count: number) => Array.from({ length: count }, (_, index) => `mot${index}`).join(' ');

/** Capsule contents decoded (JSON-parsed) while fn runs. */
async function contentDecodes<T>(fn: () => Promise<T>): Promise<{ result: T; decodes: number }> {
  const parse = vi.spyOn(JSON, 'parse');
  try {
    const result = await fn();
    const decodes = parse.mock.calls.filter(([text]) => typeof text === 'string' && text.startsWith('{"type":"doc"')).length;
    return { result, decodes };
  } finally {
    parse.mockRestore();
  }
}

const minutesOf = (outline: Outline, capsuleId: string) =>
  outline.modules.flatMap((module) => module.capsules).find((capsule) => capsule.id === capsuleId)!.minutes;

describe('getOutline reuse', () => {
  it('decodes no unchanged capsule after its first calls, and gives the outline a plain read gives', async () => {
    harness = createTestServices();
    await harness.api.createProject({ title: 'Cours', language: 'fr', template: 'blank' });
    const module = await harness.api.addModule({ title: 'Un' });
    const ids: string[] = [];
    for (let index = 0; index < 6; index += 1) {
      const capsule = await harness.api.addCapsule({ moduleId: module.id, title: `C${index}`, kind: 'reading' });
      await harness.api.saveCapsuleContent({ id: capsule.id, content: paragraph(words(100 * (index + 1))) });
      ids.push(capsule.id);
    }
    const projectPath = (await harness.api.getSession({})).project!.path;
    const api = harness.restart();
    await api.openProject({ path: projectPath });

    // The first call reads the rows; the next ones build from the course document.
    const first = await contentDecodes(() => api.getOutline({}));
    expect(first.decodes).toBe(ids.length);
    const fromDocument = await api.getOutline({});
    expect(fromDocument).toEqual(first.result);

    const repeated = await contentDecodes(() => api.getOutline({}));
    expect(repeated.decodes).toBe(0);
    expect(repeated.result).toEqual(first.result);

    // One capsule saved: only it is decoded again, and its minutes and the totals follow.
    await api.saveCapsuleContent({ id: ids[0]!, content: paragraph(words(2000)) });
    const afterSave = await contentDecodes(() => api.getOutline({}));
    expect(afterSave.decodes).toBe(1);
    expect(minutesOf(afterSave.result, ids[0]!)).toBeGreaterThan(minutesOf(first.result, ids[0]!));
    expect(afterSave.result.totalMinutes).toBeGreaterThan(first.result.totalMinutes);

    // Another connection's commit is seen.
    const other = new Database(projectPath);
    try {
      other.prepare('UPDATE capsules SET minutes_override = 42 WHERE id = ?').run(ids[1]);
    } finally {
      other.close();
    }
    expect(minutesOf(await api.getOutline({}), ids[1]!)).toBe(42);
  });
});
