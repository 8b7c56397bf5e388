/** Data type a dragged capsule card carries (its id), so drops of anything else are ignored. */
export const CAPSULE_DRAG_TYPE = 'application/x-spoc-capsule';
