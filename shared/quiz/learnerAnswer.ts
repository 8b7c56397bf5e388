/**
 * What a learner gave as the answer to one question, by position in the question's own lists
 * (options, pairs, items) so that it stays compact in SCORM suspend_data:
 * - single-choice / multiple-choice: indices of the chosen options;
 * - true-false: the boolean chosen;
 * - fill-in: the text typed;
 * - cloze: the text typed in each blank, in the text's order;
 * - matching: for each pair (left side, in authored order) the index of the right side chosen, or null;
 * - ordering: item indices in the order the learner put them;
 * - numeric: the number typed.
 * Values come back from an LMS and are untrusted: scoring checks their shape.
 */
export type LearnerAnswer = boolean | number | string | ReadonlyArray<number | null> | ReadonlyArray<string>;
