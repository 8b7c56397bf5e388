/** Which Word heading levels make modules and capsules (the welcome screen offers them before the import module loads). */
export interface HeadingLevels {
  module: number;
  capsule: number;
}
export const DEFAULT_HEADING_LEVELS: HeadingLevels = { module: 1, capsule: 2 };
