import type { PlaceEntry } from '../../app/navigation';
import { EDITOR_PLACE } from '../../state/editorSlice';
import { CapsuleEditorView } from './CapsuleEditorView';

/** The capsule editor, opened from the outline (which stays the current place in the left navigation). */
export const editorPlace: PlaceEntry = { id: EDITOR_PLACE, labelKey: 'editor:place', icon: 'pencil', View: CapsuleEditorView, parentId: 'outline' };
