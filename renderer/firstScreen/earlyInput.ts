/**
 * What the designer does on the server's first screen until the app has taken it over: its buttons
 * and rows are painted ~100 ms before the app's script has run, and a click, a key or a focus then
 * would be lost. Clicks, key presses and focus moves are kept, hidden from React (which would replay by itself an event
 * that comes while it hydrates, and acting on it then may change what is being hydrated: a language
 * switch changes its text), and made again on the same elements, which hydration keeps, once the app
 * answers. A click's default action is held back until then (no form sent, no box ticked by the page
 * alone); a key's is not (Tab still moves the focus, a letter still goes into the field), nor a focus
 * move's: only what the app does with them waits (a row focused is the row a key then acts on).
 */
type KeptInput = { click: HTMLElement } | { key: KeyboardEventInit; on: Element } | { focus: Element };

let kept: KeptInput[] | null = null;

function keepClick(event: MouseEvent): void {
  if (!(event.target instanceof Element)) return;
  const clickable = event.target.closest<HTMLElement>('button, a, input, select, label, summary, [role], [tabindex]') ?? (event.target as HTMLElement);
  kept?.push({ click: clickable });
  event.preventDefault();
  event.stopImmediatePropagation();
}

function keepKey(event: KeyboardEvent): void {
  if (!(event.target instanceof Element)) return;
  const { key, code, location, repeat, ctrlKey, shiftKey, altKey, metaKey } = event;
  kept?.push({ key: { key, code, location, repeat, ctrlKey, shiftKey, altKey, metaKey }, on: event.target });
  event.stopImmediatePropagation();
}

function keepFocus(event: FocusEvent): void {
  if (!(event.target instanceof Element)) return;
  kept?.push({ focus: event.target });
  event.stopImmediatePropagation();
}

/** From now until takeEarlyInput, clicks, key presses and focus moves on the page are kept instead of acted on. */
export function keepEarlyInput(): void {
  kept = [];
  document.addEventListener('click', keepClick, true);
  document.addEventListener('keydown', keepKey, true);
  document.addEventListener('focusin', keepFocus, true);
}

/** What was kept so far, in order; clicks and keys are acted on again from now on. */
export function takeEarlyInput(): KeptInput[] {
  document.removeEventListener('click', keepClick, true);
  document.removeEventListener('keydown', keepKey, true);
  document.removeEventListener('focusin', keepFocus, true);
  const taken = kept ?? [];
  kept = null;
  return taken;
}

/**
 * Makes again, in order, what was kept on elements still on the page (the app rendered anew replaces
 * them all), each in a task of its own: the app renders what one did before the next (a key acts on
 * the row the focus move before it made current).
 */
export async function replayInput(inputs: readonly KeptInput[]): Promise<void> {
  for (const input of inputs) {
    await new Promise((resolve) => setTimeout(resolve));
    if ('click' in input) {
      if (input.click.isConnected) input.click.click();
    } else if ('focus' in input) {
      // The element has the focus already: the app hears of it (React's onFocus listens to focusin).
      if (input.focus.isConnected) input.focus.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    } else if (input.on.isConnected) {
      input.on.dispatchEvent(new KeyboardEvent('keydown', { ...input.key, bubbles: true, cancelable: true, composed: true }));
    }
  }
}
