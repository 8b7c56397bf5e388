import { type ComponentType, lazy } from 'react';

const loadedWhenShown = new WeakSet<object>();

/**
 * A view loaded only when first shown (rendered inside a Suspense): the editor (TipTap), the quiz
 * editor and the pacing board are most of the renderer's code, and none is needed to paint the outline.
 */
export function lazyView<Props extends object, Name extends string>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): ComponentType<Props> {
  const view = lazy(async () => ({ default: (await load())[name] })) as unknown as ComponentType<Props>;
  loadedWhenShown.add(view);
  return view;
}

/** True for a view made by lazyView: it needs a Suspense around it. */
export function isLoadedWhenShown(view: object): boolean {
  return loadedWhenShown.has(view);
}
