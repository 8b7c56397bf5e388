/** Data types a dragged board card carries (its id), so drops of anything else are ignored. */
export const CAPSULE_DRAG_TYPE = 'application/x-spoc-capsule';
export const MODULE_DRAG_TYPE = 'application/x-spoc-module';
