import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewCommentView } from '../../../shared/api/reviewCalls';
import { useAppStore } from '../../state/useAppStore';
import { commentDestination } from './commentDestination';

/** Characters of a long excerpt shown; the rest adds nothing to find the place. */
const QUOTE_SHOWN = 200;

/** One client comment: where it is, what the client wrote (as text), the designer's answer, resolve or reopen. */
export function ReviewCommentCard({ comment }: { comment: ReviewCommentView }) {
  const { t } = useTranslation();
  const id = useId();
  const reply = useAppStore((state) => state.replyToReviewComment);
  const setStatus = useAppStore((state) => state.setReviewCommentStatus);
  const openCapsuleEditor = useAppStore((state) => state.openCapsuleEditor);
  const openCapsuleQuiz = useAppStore((state) => state.openCapsuleQuiz);
  const goTo = useAppStore((state) => state.goTo);
  const select = useAppStore((state) => state.select);
  const [draft, setDraft] = useState(comment.reply);
  useEffect(() => setDraft(comment.reply), [comment.reply]);
  const destination = commentDestination(comment);
  const { anchor } = comment;
  const fullQuote = anchor.kind === 'quote' ? anchor.quote.text : 'excerpt' in anchor ? anchor.excerpt : null;
  const quote = fullQuote && fullQuote.length > QUOTE_SHOWN ? `${fullQuote.slice(0, QUOTE_SHOWN)}…` : fullQuote;
  const where = [comment.moduleTitle, comment.capsuleTitle].filter(Boolean).join(' · ');

  const go = async () => {
    if (!destination) return;
    if (destination.kind === 'capsule') await openCapsuleEditor(destination.capsuleId);
    else if (destination.kind === 'quiz') {
      goTo('quiz');
      await openCapsuleQuiz(destination.capsuleId);
      select({ kind: 'question', id: destination.questionId });
    } else {
      goTo('outline');
      select({ kind: 'module', id: destination.moduleId });
    }
  };

  return (
    <li className={`card review-comment review-comment--${comment.status}${comment.place.attached ? '' : ' review-comment--detached'}`} data-testid="review-comment" data-comment-id={comment.id}>
      <div className="review-comment__head">
        <span className="review-comment__kind">{t(anchor.kind === 'block' && anchor.blockType === 'videoScriptRow' ? 'review:anchor_scriptRow' : `review:anchor_${anchor.kind}`)}</span>
        {where && <span className="review-comment__where">{where}</span>}
        <span className={`badge review-status review-status--${comment.status}`}>{t(`review:status_${comment.status}`)}</span>
      </div>
      <p className="field__hint">{t('review:byReviewer', { reviewer: comment.reviewer, round: comment.roundNumber })}</p>
      {!comment.place.attached && (
        <p className="review-comment__detached" role="note">
          {t('review:detached', { round: comment.roundNumber })}
        </p>
      )}
      {quote && <blockquote className="review-comment__quote">{t('review:quoted', { text: quote })}</blockquote>}
      <p className="review-comment__text">{comment.text}</p>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-reply`}>
          {t('review:reply')}
        </label>
        <textarea id={`${id}-reply`} className="input" rows={2} maxLength={10_000} value={draft} onChange={(event) => setDraft(event.target.value)} />
      </div>
      <div className="review-comment__actions">
        <button type="button" className="button button--small" disabled={draft.trim() === comment.reply} onClick={() => void reply(comment.id, draft)}>
          {t('review:saveReply')}
        </button>
        <button type="button" className="button button--small" onClick={() => void setStatus(comment.id, comment.status === 'resolved' ? 'open' : 'resolved')}>
          {t(comment.status === 'resolved' ? 'review:reopen' : 'review:resolve')}
        </button>
        {destination && (
          <button type="button" className="button button--small button--ghost" onClick={() => void go()}>
            {t('review:goToPlace')}
          </button>
        )}
      </div>
    </li>
  );
}
