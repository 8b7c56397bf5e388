import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServices } from '../serviceHarness';

let harness: ReturnType<typeof createTestServices>;
beforeEach(async () => {
  harness = createTestServices();
  await harness.api.createProject({ title: 'OPTIMANAGER', language: 'fr', template: 'four-weekly-modules' });
});
afterEach(() => harness.cleanup());

const paragraph = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('undo across the whole project (createServices)', () => {
  it('undoes outline actions: deleting a module, moving a capsule', async () => {
    const outline = await harness.api.getOutline({});
    const [first, second] = outline.modules;
    await harness.api.moveCapsule({ id: first!.capsules[0]!.id, moduleId: second!.id, toIndex: 0 });
    await harness.api.deleteModule({ id: first!.id });
    expect((await harness.api.getOutline({})).modules).toHaveLength(3);

    expect(await harness.api.undo({})).toMatchObject({ label: 'deleteModule' });
    expect(await harness.api.undo({})).toMatchObject({ label: 'moveCapsule' });
    expect(await harness.api.getOutline({})).toEqual(outline);
  });

  it('makes a burst of autosaves of one capsule a single undo step, and keeps it after a restart', async () => {
    const capsuleId = (await harness.api.getOutline({})).modules[0]!.capsules[0]!.id;
    const original = (await harness.api.getCapsule({ id: capsuleId })).content;
    for (const text of ["L'é", "L'écoute", "L'écoute active"]) await harness.api.saveCapsuleContent({ id: capsuleId, content: paragraph(text) });

    harness.restart();
    const [project] = await harness.api.listProjects({});
    await harness.api.openProject({ path: project!.path });
    expect(await harness.api.getHistory({})).toMatchObject({ canUndo: true, undoLabel: 'saveCapsuleContent' });
    await harness.api.undo({});
    expect((await harness.api.getCapsule({ id: capsuleId })).content).toEqual(original);
    await harness.api.redo({});
    expect((await harness.api.getCapsule({ id: capsuleId })).content).toEqual(paragraph("L'écoute active"));
  });

  it('refuses capsule content the editor could not reopen, and keeps what was saved', async () => {
    const capsuleId = (await harness.api.getOutline({})).modules[0]!.capsules[0]!.id;
    await harness.api.saveCapsuleContent({ id: capsuleId, content: paragraph('Bonjour') });
    await expect(
      harness.api.saveCapsuleContent({ id: capsuleId, content: { type: 'doc', content: [{ type: 'videoScriptRow', content: [] }] } }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    expect((await harness.api.getCapsule({ id: capsuleId })).content).toEqual(paragraph('Bonjour'));
  });
});
