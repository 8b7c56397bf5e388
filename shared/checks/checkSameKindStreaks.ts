import { makeFinding, type CheckContext } from './checkContext';
import type { Finding } from './finding';

/** Formats vary: a run of too many capsules of one kind in course order is flagged once, at its first capsule. */
export function checkSameKindStreaks(context: CheckContext, findings: Finding[]): void {
  const { capsules } = context;
  const limit = context.settings.maxSameKindInARow;
  let start = 0;
  for (let index = 1; index <= capsules.length; index += 1) {
    if (index < capsules.length && capsules[index]!.kind === capsules[start]!.kind) continue;
    const length = index - start;
    if (length > limit) {
      const first = capsules[start]!;
      findings.push(
        makeFinding('same-kind-streak', 'sameKindStreak', { kind: 'capsule', id: first.id }, { title: first.title, kind: first.kind, count: length, max: limit }),
      );
    }
    start = index;
  }
}
