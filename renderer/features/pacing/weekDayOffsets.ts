/** Days of a course week counted from its opening day (0 = opening day), as week plans and live sessions store them. */
export const WEEK_DAY_OFFSETS = [0, 1, 2, 3, 4, 5, 6] as const;
