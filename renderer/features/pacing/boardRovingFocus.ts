import type { FocusEvent, KeyboardEvent } from 'react';

/**
 * Roving tabindex over the pacing board: the whole board is one tab stop (the item last focused,
 * else the first week's heading), like the editor toolbar. One stop for the board rather than one per
 * week: a course has 6 to 12 weeks, and a column-per-stop board would still cost that many Tabs to
 * get past. Items of a week, top to bottom: heading, modules, capsules, live sessions, "add session".
 * The current card's own fields (time, week menu, reset) stay tabbable so Tab from its handle reaches
 * them; every other card's fields leave the tab order.
 */
const ITEM = '[data-board-item]';
const CONTROL = 'button, input, select, textarea, a[href]';

function itemsOf(scope: Element): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>(ITEM)];
}

export function keepOneBoardTabStop(board: HTMLElement, current: Element | null): void {
  const stop = (current && board.contains(current) && current.matches(ITEM) ? current : null) ?? itemsOf(board)[0];
  const stopCard = stop?.closest('[data-board-card]') ?? null;
  for (const control of board.querySelectorAll<HTMLElement>(CONTROL)) {
    const ownField = stopCard !== null && !control.matches(ITEM) && stopCard.contains(control);
    control.tabIndex = control === stop || ownField ? 0 : -1;
  }
}

/** The item an arrow, Home or End leads to from `from`, or null when the key is not the board's. */
function nextItem(board: HTMLElement, from: HTMLElement, event: KeyboardEvent): HTMLElement | null {
  const weeks = [...board.querySelectorAll<HTMLElement>('[data-week]')];
  const week = from.closest<HTMLElement>('[data-week]');
  if (!week) return null;
  const inWeek = itemsOf(week);
  const index = inWeek.indexOf(from);
  const weekIndex = weeks.indexOf(week);
  const across = (step: number) => {
    const target = weeks[weekIndex + step];
    if (!target) return from;
    const items = itemsOf(target);
    return items[Math.min(index, items.length - 1)] ?? from;
  };
  switch (event.key) {
    case 'ArrowDown':
      return inWeek[index + 1] ?? from;
    case 'ArrowUp':
      return inWeek[index - 1] ?? from;
    case 'ArrowRight':
      return across(1);
    case 'ArrowLeft':
      return across(-1);
    case 'Home':
      return (event.ctrlKey ? itemsOf(board)[0] : inWeek[0]) ?? from;
    case 'End':
      return (event.ctrlKey ? itemsOf(board).at(-1) : inWeek.at(-1)) ?? from;
    default:
      return null;
  }
}

export function moveBoardFocus(event: KeyboardEvent<HTMLElement>): void {
  // Alt+←/→ moves a card to another week (its own handler); fields keep their arrows.
  if (event.defaultPrevented || event.altKey || event.metaKey || event.shiftKey) return;
  if (!(event.target instanceof HTMLElement) || !event.target.matches(ITEM)) return;
  const next = nextItem(event.currentTarget, event.target, event);
  if (!next) return;
  event.preventDefault();
  keepOneBoardTabStop(event.currentTarget, next);
  next.focus();
  next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

export function followBoardFocus(event: FocusEvent<HTMLElement>, remember: (item: Element) => void): void {
  if (!event.target.matches(ITEM)) return;
  remember(event.target);
  keepOneBoardTabStop(event.currentTarget, event.target);
}
