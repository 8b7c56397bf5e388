/**
 * What the designer does on the server's first screen until the app has taken it over: its buttons
 * and rows are painted ~100 ms before the app's script has run, and a click, a key or a focus then
 * would be lost. Clicks, double clicks, key presses, focus moves and what is typed or picked in a
 * field (files included) are kept,
 * hidden from React (which would replay by itself an event that comes while it hydrates, and acting
 * on it then may change what is being hydrated: a language switch changes its text), and made again
 * on the same elements, which hydration keeps, once the app answers. A click's default action is held
 * back until then (no form sent, no box ticked by the page alone); a key's is not (Tab still moves the
 * focus), nor a focus move's: only what the app does with them waits (a row focused is the row a key
 * then acts on). A field's value is kept as typed: taking the field over, React puts back the value it
 * renders, and is then given the typed one; a file field keeps the files picked in it.
 */
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
type KeptInput =
  | { click: HTMLElement }
  | { doubleClick: Element }
  | { key: KeyboardEventInit; on: Element }
  | { focus: Element }
  | { value: string; into: Field; event: string };

let kept: KeptInput[] | null = null;

function keepClick(event: MouseEvent): void {
  if (!(event.target instanceof Element)) return;
  const clickable = event.target.closest<HTMLElement>('button, a, input, select, label, summary, [role], [tabindex]') ?? (event.target as HTMLElement);
  kept?.push({ click: clickable });
  event.preventDefault();
  event.stopImmediatePropagation();
}

function keepDoubleClick(event: MouseEvent): void {
  if (!(event.target instanceof Element)) return;
  kept?.push({ doubleClick: event.target });
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

function keepValue(event: Event): void {
  const field = event.target;
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement || field instanceof HTMLSelectElement)) return;
  kept?.push({ value: field.value, into: field, event: event.type });
  event.stopImmediatePropagation();
}

const KEPT: [string, (event: never) => void][] = [
  ['click', keepClick],
  ['dblclick', keepDoubleClick],
  ['keydown', keepKey],
  ['focusin', keepFocus],
  ['input', keepValue],
  ['change', keepValue],
];

/** From now until takeEarlyInput, clicks, key presses, focus moves and typing or picking in fields are kept instead of acted on. */
export function keepEarlyInput(): void {
  kept = [];
  for (const [type, keep] of KEPT) document.addEventListener(type, keep as EventListener, true);
}

/** What was kept so far, in order; from now on the page's input is acted on again. */
export function takeEarlyInput(): KeptInput[] {
  for (const [type, keep] of KEPT) document.removeEventListener(type, keep as EventListener, true);
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
    } else if ('doubleClick' in input) {
      if (input.doubleClick.isConnected) input.doubleClick.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, cancelable: true, composed: true, detail: 2 }));
    } else if ('value' in input) {
      if (!input.into.isConnected) continue;
      // A file field's value cannot be set, and it still holds the files picked.
      if (input.into instanceof HTMLInputElement && input.into.type === 'file') {
        input.into.dispatchEvent(new Event(input.event, { bubbles: true }));
        continue;
      }
      // React hears of a value only when it differs from the last one it saw, which hydration took from
      // the field as typed: emptied where React sees it, the field gets the typed value as typing puts it.
      input.into.value = '';
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input.into), 'value')?.set?.call(input.into, input.value);
      input.into.dispatchEvent(new Event(input.event, { bubbles: true }));
    } else if ('focus' in input) {
      // The element has the focus already: the app hears of it (React's onFocus listens to focusin).
      if (input.focus.isConnected) input.focus.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    } else if (input.on.isConnected) {
      input.on.dispatchEvent(new KeyboardEvent('keydown', { ...input.key, bubbles: true, cancelable: true, composed: true }));
    }
  }
}
