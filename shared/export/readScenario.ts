import { ScenarioAttrsSchema, ScenarioChoiceAttrsSchema, SituationAttrsSchema } from '../model/blockAttrsSchemas';
import { BLOCK } from '../model/blocks';
import type { RichTextNode } from '../model/richText';

export interface ScenarioChoice {
  label: string;
  feedback: string;
  /** Id of the situation it leads to; null when it leads nowhere known (then it ends the scenario). */
  target: string | null;
}

export interface ScenarioSituation {
  id: string;
  title: string;
  node: RichTextNode;
  choices: ScenarioChoice[];
}

export interface Scenario {
  id: string;
  title: string;
  required: boolean;
  /** The first is the start; one without choices is an end. */
  situations: ScenarioSituation[];
}

/**
 * A scenario node read the one way every view uses (player, review pack, storyboard, resume state):
 * unreadable attributes become empty, ids missing or repeated (a pasted copy) get one derived from
 * their place, so SCORM interaction ids stay unique and the same from one export to the next.
 */
export function readScenario(node: RichTextNode, fallbackId: string): Scenario {
  // Field by field: one unreadable attribute (a hostile id) does not change the others' meaning.
  const shape = ScenarioAttrsSchema.shape;
  const id = shape.id.safeParse(node.attrs?.id).data;
  const title = shape.title.safeParse(node.attrs?.title).data;
  const required = shape.required.safeParse(node.attrs?.required).data;
  const seen = new Set<string>();
  const unique = (id: string | undefined, place: string) => {
    const chosen = id && !seen.has(id) ? id : place;
    seen.add(chosen);
    return chosen;
  };
  const raw = (node.content ?? []).filter((child) => child.type === BLOCK.situation);
  const situations = raw.map((situation, index) => {
    const id = SituationAttrsSchema.shape.id.safeParse(situation.attrs?.id).data;
    const title = SituationAttrsSchema.shape.title.safeParse(situation.attrs?.title).data;
    return { id: unique(id, `n${index}`), title: title?.trim() ?? '', node: situation, choices: [] as ScenarioChoice[] };
  });
  const known = new Set(situations.map((situation) => situation.id));
  situations.forEach((situation) => {
    situation.choices = (situation.node.content ?? [])
      .filter((child) => child.type === BLOCK.scenarioChoice)
      .map((choice) => {
        const text = (name: 'label' | 'feedback' | 'target') => ScenarioChoiceAttrsSchema.shape[name].safeParse(choice.attrs?.[name]).data?.trim() ?? '';
        const target = text('target');
        return { label: text('label'), feedback: text('feedback'), target: known.has(target) ? target : null };
      });
  });
  return { id: id ?? fallbackId, title: title?.trim() ?? '', required: required !== 0, situations };
}

/** The situation's content without its choices (they are shown as buttons or a list). */
export function situationBody(situation: ScenarioSituation): RichTextNode[] {
  return (situation.node.content ?? []).filter((child) => child.type !== BLOCK.scenarioChoice);
}

/** Every scenario of a capsule, in reading order, with ids unique in the capsule (the player's and the resume state's key). */
export function scenariosOf(content: { content?: RichTextNode[] }): Scenario[] {
  const found: Scenario[] = [];
  const seen = new Set<string>();
  const visit = (node: RichTextNode) => {
    if (node.type === BLOCK.scenario) {
      const scenario = readScenario(node, `s${found.length}`);
      if (seen.has(scenario.id)) scenario.id = `${scenario.id.slice(0, 10)}x${found.length}`;
      seen.add(scenario.id);
      found.push(scenario);
      return;
    }
    for (const child of node.content ?? []) visit(child);
  };
  for (const child of content.content ?? []) visit(child);
  return found;
}
