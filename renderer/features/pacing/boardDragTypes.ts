/** Data types a dragged board card carries (its id), so drops of anything else are ignored. */
export const CAPSULE_DRAG_TYPE = 'application/x-spoc-capsule';
export const MODULE_DRAG_TYPE = 'application/x-spoc-module';
export const LIVE_SESSION_DRAG_TYPE = 'application/x-spoc-live-session';

/** Every kind of card a week column accepts. */
export const BOARD_DRAG_TYPES = [CAPSULE_DRAG_TYPE, MODULE_DRAG_TYPE, LIVE_SESSION_DRAG_TYPE];
