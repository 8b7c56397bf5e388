/**
 * Makes the capsule's accordions and tabs operable (markup from shared/export/renderPanels):
 * accordion buttons toggle their region (Enter and Space come with the button); tabs follow the
 * WAI-ARIA tabs pattern with automatic activation: arrows, Home and End move focus and selection.
 */
export function enablePanelBlocks(content: HTMLElement): void {
  content.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    if (!button || !content.contains(button)) return;
    if (button.getAttribute('role') === 'tab') selectTab(button);
    else if (button.hasAttribute('aria-expanded') && button.closest('.spoc-accordion')) {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !open;
    }
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

function selectTab(tab: HTMLElement): void {
  for (const other of tab.parentElement?.querySelectorAll<HTMLElement>('[role="tab"]') ?? []) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    const panel = document.getElementById(other.getAttribute('aria-controls') ?? '');
    if (panel) panel.hidden = !selected;
  }
}
