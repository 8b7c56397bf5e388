/**
 * Makes the capsule's panel blocks operable (markup from shared/export/renderPanels and
 * renderLabeledGraphic). Disclosure buttons (accordion headings, flashcard fronts, hotspots) toggle
 * their region; Enter and Space come with the button. Tabs follow the WAI-ARIA tabs pattern with
 * automatic activation: arrows, Home and End move focus and selection. A process moves one step at
 * a time and says where the learner is in its status line; a flipped card reads its back aloud.
 */
export function enablePanelBlocks(content: HTMLElement): void {
  content.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    if (!button || !content.contains(button)) return;
    if (button.getAttribute('role') === 'tab') selectTab(button);
    else if (button.hasAttribute('data-spoc-step')) moveStep(button);
    else if (button.hasAttribute('aria-expanded') && button.closest('.spoc-accordion, .spoc-flashcards, .spoc-graphic')) toggle(button);
  });
  content.addEventListener('keydown', (event) => {
    const tab = event.target as HTMLElement;
    if (tab.getAttribute('role') !== 'tab') return;
    const tabs = [...(tab.parentElement?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])];
    const at = tabs.indexOf(tab);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = tabs[(next + tabs.length) % tabs.length]!;
    selectTab(target);
    target.focus();
  });
}

const controlled = (button: Element): HTMLElement | null => document.getElementById(button.getAttribute('aria-controls') ?? '');

function setOpen(button: Element, open: boolean): void {
  button.setAttribute('aria-expanded', String(open));
  const region = controlled(button);
  if (region) region.hidden = !open;
}

function toggle(button: HTMLButtonElement): void {
  const open = button.getAttribute('aria-expanded') !== 'true';
  const graphic = button.closest('.spoc-graphic');
  // A labeled graphic shows one hotspot's text at a time, under the picture.
  if (graphic && open) for (const other of graphic.querySelectorAll('.spoc-hotspot[aria-expanded="true"]')) setOpen(other, false);
  setOpen(button, open);
  const card = button.closest('.spoc-card');
  if (!card) return;
  card.classList.toggle('is-flipped', open);
  const deck = card.closest<HTMLElement>('.spoc-flashcards');
  const status = deck?.querySelector('[role="status"]');
  if (status) status.textContent = open ? `${deck?.dataset.spocBack ?? ''}${controlled(button)?.textContent ?? ''}` : (button.querySelector('.spoc-card-title')?.textContent ?? '');
}

function moveStep(button: HTMLElement): void {
  if (button.getAttribute('aria-disabled') === 'true') return;
  const process = button.closest('.spoc-process');
  const steps = [...(process?.querySelectorAll<HTMLElement>('ol > li') ?? [])];
  const at = steps.findIndex((step) => !step.hidden);
  const next = Math.min(steps.length - 1, Math.max(0, at + Number(button.dataset.spocStep)));
  steps.forEach((step, index) => {
    step.hidden = index !== next;
    // Only a step the learner moves to slides in (not the first one, shown with the page).
    step.classList.toggle('is-new', index === next);
  });
  const [previous, following] = process?.querySelectorAll('[data-spoc-step]') ?? [];
  previous?.setAttribute('aria-disabled', String(next === 0));
  following?.setAttribute('aria-disabled', String(next === steps.length - 1));
  const status = process?.querySelector('[role="status"]');
  if (status) status.textContent = steps[next]?.querySelector('.spoc-panel-title')?.textContent ?? '';
}

function selectTab(tab: HTMLElement): void {
  for (const other of tab.parentElement?.querySelectorAll<HTMLElement>('[role="tab"]') ?? []) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    const panel = controlled(other);
    if (panel) panel.hidden = !selected;
  }
}
