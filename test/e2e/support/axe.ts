/**
 * axe-core in the page under test: WCAG 2.1 A/AA and best-practice rules, with a failure message
 * that names each violation's rule, its help and the first elements it found, so a red test says
 * what to fix without a second run.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** A rule judged elsewhere for elements matching `selector` (see where it is used for why). */
export interface AxeWaiver {
  rule: string;
  selector: string;
}

/** Resolves once no finite animation runs: mid-fade an element's text is lighter than the design, and axe would say so. */
export async function animationsEnded(target: Page | Frame): Promise<void> {
  await target.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getComputedTiming().endTime === Infinity));
}

/** Runs axe on the whole document of `target` (frames are audited on their own, not from the parent). */
export async function axeViolations(target: Page | Frame, waivers: AxeWaiver[] = []): Promise<AxeViolation[]> {
  await animationsEnded(target);
  const loaded = await target.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await target.evaluate(AXE_SOURCE);
  return target.evaluate(
    async ([tags, waived]) => {
      type Found = Omit<AxeViolation, 'nodes'> & { nodes: { target: unknown[]; element: Element }[] };
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Found[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, iframes: false, resultTypes: ['violations'], elementRef: true, preload: false });
      return result.violations
        .map(({ id, impact, help, nodes }) => ({
          id,
          impact,
          help,
          nodes: nodes.filter((node) => !waived.some((waiver) => waiver.rule === id && node.element.matches(waiver.selector))).map((node) => ({ target: node.target })),
        }))
        .filter((violation) => violation.nodes.length > 0);
    },
    [AXE_TAGS, waivers] as const,
  );
}

/** One line per violation: rule id, impact, help, how many elements and the first three targets. */
export function describeViolations(where: string, violations: AxeViolation[]): string {
  return violations
    .map((violation) => {
      const targets = violation.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)).join(', ');
      return `${where}: ${violation.id} (${violation.impact ?? 'n/a'}) ${violation.help} — ${violation.nodes.length} element(s): ${targets}`;
    })
    .join('\n');
}

/**
 * ARIA references (describedby, labelledby, controls…) to ids that are not in the document: axe
 * only lists them as "needs review", yet assistive technology then reads nothing.
 */
export async function brokenIdReferences(where: string, target: Page | Frame): Promise<string> {
  const broken = await target.evaluate(() => {
    const attributes = ['aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-owns', 'aria-errormessage', 'aria-activedescendant', 'for'];
    const found: string[] = [];
    for (const attribute of attributes) {
      for (const element of document.querySelectorAll(`[${attribute}]`)) {
        const missing = (element.getAttribute(attribute) ?? '').split(/\s+/).filter((id) => id && !document.getElementById(id));
        if (missing.length > 0) found.push(`${element.tagName.toLowerCase()}[${attribute}] → #${missing.join(', #')}`);
      }
    }
    return found;
  });
  return broken.length === 0 ? '' : `${where}: references to missing ids — ${broken.length} element(s): ${broken.slice(0, 3).join('; ')}`;
}

/** Audits `target` and returns the report of what it found ('' when clean), for `expect(...).toBe('')`. */
export async function axeReport(where: string, target: Page | Frame, waivers: AxeWaiver[] = []): Promise<string> {
  return [describeViolations(where, await axeViolations(target, waivers)), await brokenIdReferences(where, target)].filter(Boolean).join('\n');
}
