/** The starting structures a new course can be created from; kept apart from the API schemas so that listing them does not load zod. */
export const COURSE_TEMPLATES = ['blank', 'four-weekly-modules', 'tool-rollout', 'awareness'] as const;
