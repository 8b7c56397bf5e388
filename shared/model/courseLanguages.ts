/** The languages a course can be written in; kept apart from the course schema so that listing them does not load zod. */
export const COURSE_LANGUAGES = ['fr', 'en'] as const;
