import type { TFunction } from 'i18next';
import type { Outline } from '../../../shared/api/outlineCalls';

/** Where a moved row now is, as a sentence for the live region (read after the outline reloads). */
export function describeOutlineMove(outline: Outline, id: string, t: TFunction): string | null {
  for (const [moduleIndex, module] of outline.modules.entries()) {
    if (module.id === id) return t('outline:announce.moduleMoved', { title: module.title, position: moduleIndex + 1, count: outline.modules.length });
    const capsuleIndex = module.capsules.findIndex((capsule) => capsule.id === id);
    if (capsuleIndex >= 0) {
      const capsule = module.capsules[capsuleIndex]!;
      return t('outline:announce.capsuleMoved', { title: capsule.title, module: moduleIndex + 1, position: capsuleIndex + 1, count: module.capsules.length });
    }
  }
  return null;
}
