import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { alignmentMatrix } from '../../../../shared/authoring/alignmentMatrix';
import { createTestServices } from '../serviceHarness';

const RESOURCES_DIR = fileURLToPath(new URL('../../../../resources/', import.meta.url));

let harness: ReturnType<typeof createTestServices>;
afterEach(() => harness?.cleanup());

describe('getAlignment', () => {
  it('gives the same objectives, links and matrix as the whole course document, without content or answers', async () => {
    harness = createTestServices({ resourcesDir: RESOURCES_DIR });
    await harness.api.openSampleProject({});
    const document = await harness.api.getCourseDocument({});
    const alignment = await harness.api.getAlignment({});

    expect(alignment.objectives).toEqual(document.objectives);
    expect(alignment.modules).toEqual(document.modules);
    const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(alignment.capsules)).toEqual(
      byId(document.capsules.map(({ id, moduleId, title, kind, objectiveIds, position }) => ({ id, moduleId, title, kind, objectiveIds, position }))),
    );
    expect(byId(alignment.questions)).toEqual(
      byId(document.questions.map(({ id, quizId, prompt, objectiveIds, position }) => ({ id, quizId, prompt, objectiveIds, position }))),
    );
    expect(alignment.questions.some((question) => question.objectiveIds.length > 0)).toBe(true);
    expect(alignmentMatrix(alignment)).toEqual(alignmentMatrix(document));
  });

  it('follows a new link at once', async () => {
    harness = createTestServices();
    await harness.api.createProject({ title: 'Cyber', language: 'fr', template: 'awareness' });
    const objective = await harness.api.addObjective({ moduleId: null, text: 'Repérer un courriel piégé' });
    const capsuleId = (await harness.api.getAlignment({})).capsules[0]!.id;
    await harness.api.setObjectiveLink({ objectiveId: objective.id, target: 'capsule', targetId: capsuleId, linked: true });
    const alignment = await harness.api.getAlignment({});
    expect(alignment.capsules.find((capsule) => capsule.id === capsuleId)?.objectiveIds).toEqual([objective.id]);
    expect(alignmentMatrix(alignment)[0]?.status).toBe('not-assessed');
  });
});
