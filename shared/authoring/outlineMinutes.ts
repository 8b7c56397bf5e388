import type { Outline } from '../api/outlineCalls';

/** Minutes shown in the outline: one decimal, so sums of estimates do not show float noise. */
export const roundMinutes = (minutes: number): number => Math.round(minutes * 10) / 10;

/** Total minutes of a list of capsules or modules, rounded as the outline shows them. */
export const sumMinutes = (items: readonly { minutes: number }[]): number => roundMinutes(items.reduce((sum, item) => sum + item.minutes, 0));

/**
 * A course's minutes as the outline totals them: each module's capsules summed and rounded, then
 * the modules. The player's cover says the same figure (its whole minute can differ otherwise).
 */
export const courseMinutes = (modules: readonly { capsules: readonly { minutes: number }[] }[]): number =>
  sumMinutes(modules.map((module) => ({ minutes: sumMinutes(module.capsules) })));

/**
 * The outline with one capsule's minutes changed and its module's and the course's totals updated:
 * what a capsule save changes in the outline, without reading the whole outline again. The same
 * outline when nothing changes or the capsule is not in it.
 */
export function withCapsuleMinutes(outline: Outline, capsuleId: string, minutes: number): Outline {
  const moduleIndex = outline.modules.findIndex((module) => module.capsules.some((capsule) => capsule.id === capsuleId));
  const module = outline.modules[moduleIndex];
  if (!module) return outline;
  if (module.capsules.find((capsule) => capsule.id === capsuleId)!.minutes === minutes) return outline;
  const capsules = module.capsules.map((capsule) => (capsule.id === capsuleId ? { ...capsule, minutes } : capsule));
  const modules = outline.modules.map((candidate, index) => (index === moduleIndex ? { ...module, capsules, minutes: sumMinutes(capsules) } : candidate));
  return { ...outline, modules, totalMinutes: courseMinutes(modules) };
}
