import type { ReviewCommentView } from '../../../shared/api/reviewCalls';

/** Where "go to the place" takes the designer: the capsule in the editor, its quiz, or the module in the outline. */
export type CommentDestination =
  | { kind: 'capsule'; capsuleId: string }
  | { kind: 'quiz'; capsuleId: string; questionId: string }
  | { kind: 'module'; moduleId: string };

/** Null when the place is gone (or the comment is the overall note). */
export function commentDestination(comment: Pick<ReviewCommentView, 'anchor' | 'place'>): CommentDestination | null {
  const { place, anchor } = comment;
  if (anchor.kind === 'course') return null;
  if (anchor.kind === 'module') return place.moduleId ? { kind: 'module', moduleId: place.moduleId } : null;
  if (!place.capsuleId) return null;
  if ((anchor.kind === 'question' || anchor.kind === 'option') && place.questionId) return { kind: 'quiz', capsuleId: place.capsuleId, questionId: place.questionId };
  return { kind: 'capsule', capsuleId: place.capsuleId };
}
