import type { Language } from '../model/course';
import type { RichTextNode } from '../model/richText';
import { CONTENT_CLASS } from './contentHtmlClasses';
import { exportText } from './exportNotice';
import { escapeHtml, toSafeUnicode } from './markupEscapes';
import type { Scenario, ScenarioSituation } from './readScenario';
import { situationBody } from './readScenario';

interface ScenarioHtml {
  scenario: Scenario;
  language: Language;
  /** Unique in the capsule: element ids of this scenario start with it. */
  idPrefix: string;
  /** Review pack: every situation with its choices listed (where each leads, its feedback). */
  flat: boolean;
  headingLevel: number;
  renderBlocks(nodes: RichTextNode[]): string;
}

const safe = (text: string) => escapeHtml(toSafeUnicode(text));

/** "Situation 2: Title" (or "Situation 2"), as the storyboard and review pack name it. */
export function situationHeading(situations: readonly ScenarioSituation[], index: number, language: Language): string {
  const situation = situations[index];
  const number = index + 1;
  return situation?.title ? exportText(language, 'situationHeading', { number, title: situation.title }) : exportText(language, 'situationUntitled', { number });
}

/**
 * A branching scenario. Learners (ui/scenarioBlocks) see one situation at a time: its text, then its
 * choices as buttons carrying their feedback and the next situation's id; the feedback is said in a
 * status line above the next situation, whose heading takes the focus. A situation without choices
 * is an end, with a button to start again. The review pack shows every situation and where each
 * choice leads.
 */
export function renderScenario({ scenario, language, idPrefix, flat, headingLevel, renderBlocks }: ScenarioHtml): string {
  const h = `h${headingLevel}`;
  const h2 = `h${Math.min(6, headingLevel + 1)}`;
  const text = (key: Parameters<typeof exportText>[1], params: Record<string, string | number> = {}) => safe(exportText(language, key, params));
  const title = scenario.title ? safe(scenario.title) : text('scenario');
  const number = new Map(scenario.situations.map((situation, index) => [situation.id, index]));
  const choiceLabel = (label: string, index: number) => (label ? safe(label) : text('choiceUntitled', { number: index + 1 }));
  if (flat) {
    const sections = scenario.situations.map((situation, index) => {
      const choices = situation.choices.map((choice, choiceIndex) => {
        const label = choice.label || exportText(language, 'choiceUntitled', { number: choiceIndex + 1 });
        const to = choice.target === null ? text('choiceEnds', { label }) : text('choiceLeadsTo', { label, target: situationHeading(scenario.situations, number.get(choice.target) ?? 0, language) });
        return `<li>${to}${choice.feedback ? `<br>${text('choiceFeedback', { feedback: choice.feedback })}` : ''}</li>`;
      });
      const end = situation.choices.length === 0 ? `<p><strong>${text('scenarioEnd')}</strong></p>` : `<ul>${choices.join('')}</ul>`;
      return `<section class="${CONTENT_CLASS.panel}"><${h2} class="${CONTENT_CLASS.panelTitle}">${safe(situationHeading(scenario.situations, index, language))}</${h2}>${renderBlocks(situationBody(situation))}${end}</section>`;
    });
    const required = scenario.required ? `<p>${text('scenarioRequired')}</p>` : '';
    return `<div class="${CONTENT_CLASS.panelGroup}" role="group" aria-label="${text('scenario')}"><${h} class="${CONTENT_CLASS.panelTitle}">${title}</${h}>${required}${sections.join('')}</div>`;
  }
  const situations = scenario.situations.map((situation, index) => {
    const id = `${idPrefix}-${index}`;
    const heading = situation.title ? safe(situation.title) : text('situationUntitled', { number: index + 1 });
    const choices = situation.choices.map(
      (choice, choiceIndex) =>
        `<button type="button" class="spoc-button spoc-button--secondary" data-spoc-choice="${choiceIndex}" data-spoc-next="${choice.target ?? ''}" data-spoc-feedback="${safe(choice.feedback)}">${choiceLabel(choice.label, choiceIndex)}</button>`,
    );
    const actions =
      situation.choices.length === 0
        ? `<p class="${CONTENT_CLASS.scenarioEnd}">${text('scenarioEnd')}</p><button type="button" class="spoc-button" data-spoc-restart="">${text('scenarioRestart')}</button>`
        : `<div class="${CONTENT_CLASS.scenarioChoices}" role="group" aria-label="${text('scenarioChoices')}">${choices.join('')}</div>`;
    return `<div class="${CONTENT_CLASS.situation}" data-spoc-situation="${situation.id}" aria-labelledby="${id}"${index === 0 ? '' : ' hidden'}><${h2} id="${id}" tabindex="-1">${heading}</${h2}>${renderBlocks(situationBody(situation))}${actions}</div>`;
  });
  // A choice leading to no known situation (a deleted one, an imported file) ends the scenario here.
  if (scenario.situations.some((situation) => situation.choices.some((choice) => choice.target === null))) {
    const id = `${idPrefix}-end`;
    situations.push(
      `<div class="${CONTENT_CLASS.situation}" data-spoc-situation="" aria-labelledby="${id}" hidden><${h2} id="${id}" tabindex="-1">${text('scenarioEnd')}</${h2}><button type="button" class="spoc-button" data-spoc-restart="">${text('scenarioRestart')}</button></div>`,
    );
  }
  return (
    `<section class="${CONTENT_CLASS.scenario}" aria-labelledby="${idPrefix}-t" data-spoc-scenario="${scenario.id}"${scenario.required ? ' data-spoc-required=""' : ''} data-spoc-chosen="${text('scenarioChosen', { label: '{{label}}' })}">` +
    `<${h} id="${idPrefix}-t" class="${CONTENT_CLASS.blockTitle}">${title}</${h}><p class="${CONTENT_CLASS.scenarioFeedback}" role="status"></p>${situations.join('')}</section>`
  );
}
