import { type ComponentType, lazy } from 'react';

/**
 * A view loaded only when first shown (rendered inside a Suspense): the editor (TipTap), the quiz
 * editor and the pacing board are most of the renderer's code, and none is needed to paint the outline.
 */
export function lazyView<Props extends object, Name extends string>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): ComponentType<Props> {
  return lazy(async () => ({ default: (await load())[name] })) as unknown as ComponentType<Props>;
}
