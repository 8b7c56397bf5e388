import type { PlaceEntry } from '../../app/navigation';
import { lazyView } from '../../app/lazyView';
import { EDITOR_PLACE } from '../../state/editorSlice';

/** The capsule editor, opened from the outline (which stays the current place in the left navigation). */
export const editorPlace: PlaceEntry = {
  id: EDITOR_PLACE,
  labelKey: 'editor:place',
  icon: 'pencil',
  View: lazyView(() => import('./CapsuleEditorView'), 'CapsuleEditorView'),
  parentId: 'outline',
  // The editor puts the caret in the capsule's text as it opens.
  focusesItself: true,
};
