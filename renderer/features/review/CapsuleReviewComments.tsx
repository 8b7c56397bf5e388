import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/useAppStore';
import { findTextRange } from './findTextRange';

const HIGHLIGHT = 'spoc-review-quote';

/** The client's comments still to deal with on the open capsule, with the passages they quote highlighted in the editor. */
export function CapsuleReviewComments({ capsuleId }: { capsuleId: string }) {
  const { t } = useTranslation();
  const overview = useAppStore((state) => state.reviewOverview);
  const loadReviewOverview = useAppStore((state) => state.loadReviewOverview);
  const goTo = useAppStore((state) => state.goTo);
  useEffect(() => {
    if (!overview) void loadReviewOverview();
  }, [overview, loadReviewOverview]);
  const comments = (overview?.comments ?? []).filter((comment) => comment.place.capsuleId === capsuleId && comment.status !== 'resolved' && ['capsule', 'block', 'quote'].includes(comment.anchor.kind));
  // The passages as one string, so the highlight is redrawn when they change, not at each render.
  const quoteKey = JSON.stringify(comments.flatMap((comment) => (comment.anchor.kind === 'quote' && comment.place.attached ? [comment.anchor.quote.text] : [])));

  useEffect(() => {
    const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
    // The editor loads on its own (and may not be there yet), then redraws its paragraphs as the
    // designer types: find it and the passages again after each change in the centre.
    const centre = document.getElementById('workspace-centre');
    const quotes = JSON.parse(quoteKey) as string[];
    if (!registry || !centre || quotes.length === 0) return undefined;
    const mark = () => {
      const content = centre.querySelector('[data-testid="capsule-content"]');
      registry.set(HIGHLIGHT, new Highlight(...(content ? quotes.map((quote) => findTextRange(content, quote)).filter((range): range is Range => range !== null) : [])));
    };
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(centre, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      registry.delete(HIGHLIGHT);
    };
  }, [quoteKey]);

  if (comments.length === 0) return null;
  return (
    <aside className="editor-review" aria-label={t('review:editorComments', { count: comments.length })} data-testid="capsule-review-comments">
      <p className="editor-review__title">
        {t('review:editorComments', { count: comments.length })}{' '}
        <button type="button" className="button button--small button--ghost" onClick={() => goTo('review')}>
          {t('review:openPanel')}
        </button>
      </p>
      <ul>
        {comments.map((comment) => (
          <li key={comment.id}>
            {comment.anchor.kind === 'quote' && <q className="editor-review__quote">{comment.anchor.quote.text}</q>} {comment.text} <span className="field__hint">— {comment.reviewer}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
