import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/useAppStore';
import { ReviewImport } from './ReviewImport';
import { ReviewPanel } from './ReviewPanel';
import { RoundCard } from './RoundCard';
import { StartRoundForm } from './StartRoundForm';
import './review.css';

/** Client review: rounds and their packs, importing what reviewers send back, and the comments to work through. */
export function ReviewView() {
  const { t } = useTranslation();
  const overview = useAppStore((state) => state.reviewOverview);
  const loadReviewOverview = useAppStore((state) => state.loadReviewOverview);
  const loadOutline = useAppStore((state) => state.loadOutline);
  const outline = useAppStore((state) => state.outline);

  useEffect(() => {
    void loadReviewOverview();
  }, [loadReviewOverview]);
  useEffect(() => {
    if (!outline) void loadOutline();
  }, [outline, loadOutline]);

  if (!overview) return null;
  return (
    <div className="review">
      <header className="review__header">
        <h1>{t('review:title')}</h1>
        <p className="field__hint">{t('review:intro')}</p>
      </header>
      <section className="review__rounds" aria-labelledby="review-rounds-title">
        <h2 id="review-rounds-title">{t('review:roundsTitle')}</h2>
        {overview.rounds.length === 0 ? (
          <p className="field__hint">{t('review:noRounds')}</p>
        ) : (
          <ol className="review__round-list">
            {[...overview.rounds].reverse().map((round) => (
              <RoundCard key={round.id} round={round} />
            ))}
          </ol>
        )}
        <StartRoundForm number={(overview.rounds.at(-1)?.number ?? 0) + 1} />
      </section>
      {overview.rounds.length > 0 && <ReviewImport />}
      {overview.comments.length > 0 && <ReviewPanel overview={overview} />}
    </div>
  );
}
