import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewOverview } from '../../../shared/api/reviewCalls';
import type { ReviewCommentStatus } from '../../../shared/model/review';
import { ReviewCommentCard } from './ReviewCommentCard';

const ALL = '';
const STATUSES: readonly ReviewCommentStatus[] = ['open', 'answered', 'resolved'];

/** Every imported comment, filtered by round, module, reviewer and status. */
export function ReviewPanel({ overview }: { overview: ReviewOverview }) {
  const { t } = useTranslation();
  const id = useId();
  const [round, setRound] = useState(ALL);
  const [module, setModule] = useState(ALL);
  const [reviewer, setReviewer] = useState(ALL);
  const [status, setStatus] = useState(ALL);
  const modules = new Map<string, string>();
  for (const comment of overview.comments) if (comment.moduleId && comment.moduleTitle) modules.set(comment.moduleId, comment.moduleTitle);
  const reviewers = [...new Set(overview.comments.map((comment) => comment.reviewer))].sort();
  const shown = overview.comments.filter(
    (comment) =>
      (round === ALL || comment.roundId === round) &&
      (module === ALL || (comment.place.moduleId ?? comment.moduleId) === module) &&
      (reviewer === ALL || comment.reviewer === reviewer) &&
      (status === ALL || comment.status === status),
  );
  const filter = (name: string, label: string, value: string, onChange: (value: string) => void, options: [string, string][]) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      <select id={`${id}-${name}`} className="select" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value={ALL}>{t('review:filterAll')}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section className="review__panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t('review:panelTitle')} <span className="review__count">({t('review:commentCount', { count: shown.length })})</span>
      </h2>
      <div className="review__filters">
        {filter('round', t('review:filterRound'), round, setRound, overview.rounds.map((candidate) => [candidate.id, t('review:roundLabel', { number: candidate.number, name: candidate.name })]))}
        {filter('module', t('review:filterModule'), module, setModule, [...modules])}
        {filter('reviewer', t('review:filterReviewer'), reviewer, setReviewer, reviewers.map((name) => [name, name]))}
        {filter('status', t('review:filterStatus'), status, setStatus, STATUSES.map((value) => [value, t(`review:status_${value}`)]))}
      </div>
      {shown.length === 0 ? (
        <p className="field__hint">{t('review:noComments')}</p>
      ) : (
        <ol className="review__comments">
          {shown.map((comment) => (
            <ReviewCommentCard key={comment.id} comment={comment} />
          ))}
        </ol>
      )}
    </section>
  );
}
