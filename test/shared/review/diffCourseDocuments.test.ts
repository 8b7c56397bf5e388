import { describe, expect, it } from 'vitest';
import { byPosition } from '../../../shared/model/byPosition';
import { diffCourseDocuments, wordDiff } from '../../../shared/review/diffCourseDocuments';
import { exportCourseFixture, paragraph } from '../export/exportCourseFixture';

const changesOf = (result: ReturnType<typeof diffCourseDocuments>) => result.structure.map(({ kind, change, title }) => `${change} ${kind} ${title}`).sort();

describe('what changed between two rounds', () => {
  it('finds nothing between a course and itself', () => {
    const doc = exportCourseFixture();
    expect(diffCourseDocuments(doc, structuredClone(doc), null)).toEqual({ structure: [], text: [] });
  });

  it('lists added, removed and moved capsules and questions, and the words changed', () => {
    const before = exportCourseFixture({ capsulesPerModule: 3 });
    const after = structuredClone(before);
    const [first, second, third] = after.capsules.filter((capsule) => capsule.moduleId === after.modules[0]!.id).sort(byPosition);
    // The third capsule moves first; the second goes to the other module; the first is rewritten.
    third!.position = 'a';
    second!.moduleId = after.modules[1]!.id;
    first!.content = { type: 'doc', content: [paragraph('Un texte entièrement revu pour le client.')] };
    after.capsules.push({ ...first!, id: '00000000-0000-7000-8000-0000000000c1', title: 'Nouvelle capsule', position: 'zz' });
    const removed = after.questions.pop()!;

    const result = diffCourseDocuments(before, after, null);
    expect(changesOf(result)).toEqual(
      [`added capsule Nouvelle capsule`, `moved capsule ${second!.title}`, `moved capsule ${third!.title}`, `removed question ${removed.prompt}`].sort(),
    );
    const rewritten = result.text.find((change) => change.id === first!.id);
    expect(rewritten?.parts.filter((part) => part.op === 'added').map((part) => part.text).join('')).toContain('entièrement revu pour le client');
  });

  it('keeps to the modules under review', () => {
    const before = exportCourseFixture();
    const after = structuredClone(before);
    after.capsules.find((capsule) => capsule.moduleId === after.modules[1]!.id)!.title = 'Titre changé';
    expect(diffCourseDocuments(before, after, [after.modules[0]!.id]).text).toEqual([]);
    expect(diffCourseDocuments(before, after, [after.modules[1]!.id]).text).toHaveLength(1);
  });

  it('diffs word by word and shortens long unchanged stretches', () => {
    const same = Array.from({ length: 80 }, (_, index) => `mot${index}`).join(' ');
    const parts = wordDiff(`Le chef ${same} écoute.`, `Le manager ${same} écoute.`);
    expect(parts.filter((part) => part.op !== 'same')).toEqual([
      { op: 'removed', text: 'chef' },
      { op: 'added', text: 'manager' },
    ]);
    expect(parts.find((part) => part.op === 'same' && part.text.includes('…'))).toBeDefined();
  });
});
