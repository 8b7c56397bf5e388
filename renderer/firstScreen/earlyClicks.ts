/**
 * Clicks on the server's first screen until the app has taken it over: its buttons are painted
 * ~100 ms before the app's script runs, and a click then would be lost. They are kept, their default
 * action held back (no form sent, no box ticked, by the page alone) and hidden from React, then
 * clicked again on the same elements, which hydration keeps, once the app answers. React would
 * replay by itself a click that comes while it hydrates, but acting on it then may change what is
 * being hydrated (a language switch changes its text): kept like the others, it waits.
 */
let kept: HTMLElement[] | null = null;

function keep(event: MouseEvent): void {
  if (!(event.target instanceof Element)) return;
  const clickable = event.target.closest<HTMLElement>('button, a, input, select, label, summary, [role], [tabindex]') ?? (event.target as HTMLElement);
  kept?.push(clickable);
  event.preventDefault();
  event.stopImmediatePropagation();
}

/** From now until takeEarlyClicks, clicks on the page are kept instead of acted on. */
export function keepEarlyClicks(): void {
  kept = [];
  document.addEventListener('click', keep, true);
}

/** The clicks kept so far, in order; clicks are acted on again from now on. */
export function takeEarlyClicks(): HTMLElement[] {
  document.removeEventListener('click', keep, true);
  const taken = kept ?? [];
  kept = null;
  return taken;
}

/** Clicks again, in order, the elements clicked early that are still on the page (the app rendered anew replaces them all). */
export function replayClicks(elements: readonly HTMLElement[]): void {
  for (const element of elements) if (element.isConnected) element.click();
}
