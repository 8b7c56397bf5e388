import type { Outline, OutlineModule } from '../../../shared/api/outlineCalls';

/** A module as the filtered tree shows it, with its number in the whole course. */
export interface ShownModule {
  module: OutlineModule;
  number: number;
}

/** Lower case without accents, so "reflexes" finds "Réflexes". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase();
}

/**
 * The modules to show for a search: all of them when the query is blank; else the modules whose title
 * matches (with all their capsules) and those with matching capsules (with only those).
 */
export function searchOutline(outline: Outline, query: string): ShownModule[] {
  const all = outline.modules.map((module, index) => ({ module, number: index + 1 }));
  const needle = folded(query.trim());
  if (!needle) return all;
  return all.flatMap(({ module, number }) => {
    if (folded(module.title).includes(needle)) return [{ module, number }];
    const capsules = module.capsules.filter((capsule) => folded(capsule.title).includes(needle));
    return capsules.length > 0 ? [{ module: { ...module, capsules }, number }] : [];
  });
}
