/** The kinds of capsule, in the order the interface offers them; kept apart from the course schema so that listing them does not load zod. */
export const CAPSULE_KINDS = ['video', 'reading', 'interactive', 'activity', 'live-session', 'assessment'] as const;
