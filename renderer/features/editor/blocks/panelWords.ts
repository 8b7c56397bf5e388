import { BLOCK } from '../../../../shared/model/blocks';

/**
 * The editor key of a panel word for its block: accordion and tabs say "panel", flashcards "card",
 * a process "step", a timeline "event" (editor catalogue: `addPanel`, `addPanel.flashcards`…).
 */
export function panelWord(key: 'panelTitle' | 'panelTitlePlaceholder' | 'addPanel' | 'removePanel' | 'panelsHint', block: string): string {
  return block === BLOCK.accordion || block === BLOCK.tabs ? `editor:${key}` : `editor:${key}.${block}`;
}
