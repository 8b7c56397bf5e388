import type { ScenarioProgress } from '../../../shared/export/resumeState';

/** What a capsule's scenarios need from the player: the saved place, and where to report each step. */
export interface ScenarioHost {
  progress(scenarioId: string): ScenarioProgress | undefined;
  /** A choice was made in `situation`; `next` is the new place (already saved by the host). */
  chose(scenarioId: string, situation: { id: string; title: string }, choice: number, next: ScenarioProgress): void;
  /** The learner reached an end of this scenario. */
  ended(scenarioId: string): void;
}

/**
 * Plays the capsule's branching scenarios (markup from shared/export/renderScenario): one situation
 * at a time; a choice says its feedback in the status line, shows the situation it leads to and
 * moves the focus to its heading; an end offers to start again. The saved place is shown first.
 */
export function enableScenarios(content: HTMLElement, host: ScenarioHost): void {
  for (const section of content.querySelectorAll<HTMLElement>('.spoc-scenario')) {
    const saved = host.progress(section.dataset.spocScenario ?? '');
    if (saved && situationOf(section, saved.at)) show(section, saved.at, false, host);
  }
  content.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-spoc-choice], button[data-spoc-restart]');
    const section = button?.closest<HTMLElement>('.spoc-scenario');
    if (!button || !section || !content.contains(section)) return;
    const scenarioId = section.dataset.spocScenario ?? '';
    const { attempt, step } = host.progress(scenarioId) ?? { attempt: 1, step: 0 };
    const status = section.querySelector('.spoc-scenario-feedback');
    if (button.hasAttribute('data-spoc-restart')) {
      const start = section.querySelector<HTMLElement>('.spoc-situation')?.dataset.spocSituation ?? '';
      if (status) status.textContent = '';
      host.chose(scenarioId, { id: '', title: '' }, -1, { at: start, attempt: attempt + 1, step: 0 });
      show(section, start, true, host);
      return;
    }
    const situation = button.closest<HTMLElement>('.spoc-situation');
    const next = button.dataset.spocNext ?? '';
    const feedback = button.dataset.spocFeedback ?? '';
    if (status) status.textContent = `${(section.dataset.spocChosen ?? '').replace('{{label}}', button.textContent ?? '')}${feedback ? ` — ${feedback}` : ''}`;
    host.chose(scenarioId, { id: situation?.dataset.spocSituation ?? '', title: situation?.querySelector('[tabindex="-1"]')?.textContent ?? '' }, Number(button.dataset.spocChoice), { at: next, attempt, step: step + 1 });
    show(section, next, true, host);
  });
}

function situationOf(section: HTMLElement, id: string): HTMLElement | undefined {
  return [...section.querySelectorAll<HTMLElement>('.spoc-situation')].find((situation) => situation.dataset.spocSituation === id);
}

function show(section: HTMLElement, id: string, moveFocus: boolean, host: ScenarioHost): void {
  for (const situation of section.querySelectorAll<HTMLElement>('.spoc-situation')) {
    situation.hidden = situation.dataset.spocSituation !== id;
    situation.classList.toggle('is-new', moveFocus && !situation.hidden);
  }
  const shown = situationOf(section, id);
  if (shown?.querySelector('[data-spoc-restart]')) host.ended(section.dataset.spocScenario ?? '');
  if (moveFocus) shown?.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
}
