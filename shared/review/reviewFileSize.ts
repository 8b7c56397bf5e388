/** A review is a few kilobytes; anything this large is not one. Apart from the review file's schema so that the renderer's check does not load zod. */
export const MAX_REVIEW_FILE_BYTES = 5 * 1024 * 1024;
