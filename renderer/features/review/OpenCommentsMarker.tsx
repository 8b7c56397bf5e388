import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';

/** How many client comments still to deal with (open or answered) sit on a capsule, or on one question. */
export function OpenCommentsMarker({ capsuleId, questionId }: { capsuleId: string; questionId?: string }) {
  const { t } = useTranslation();
  const count = useAppStore(
    (state) =>
      state.reviewOverview?.comments.filter(
        (comment) => comment.status !== 'resolved' && comment.place.capsuleId === capsuleId && (questionId === undefined || comment.place.questionId === questionId),
      ).length ?? 0,
  );
  if (count === 0) return null;
  const label = t('review:commentMarker', { count });
  return (
    <span className="badge comments-marker" title={label} aria-label={label} data-testid="comments-marker">
      <Icon name="comment" size={13} />
      {count}
    </span>
  );
}
