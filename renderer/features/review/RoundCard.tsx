import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewRoundSummary } from '../../../shared/api/reviewCalls';
import { downloadExportedFile } from '../../api/exportDownload';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';
import { formatFileSize } from '../media/formatFileSize';
import { formatCalendarDate } from '../../../shared/i18n/formatDate';
import type { UiLanguage } from '../../i18n/chooseLanguage';

/** One round: its state and counts, the pack's size, saving the pack, closing or reopening the round. */
export function RoundCard({ round }: { round: ReviewRoundSummary }) {
  const { t, i18n } = useTranslation();
  const measure = useAppStore((state) => state.measureReviewPack);
  const save = useAppStore((state) => state.saveReviewPack);
  const setState = useAppStore((state) => state.setReviewRoundState);
  const [bytes, setBytes] = useState<number | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void measure(round.id).then((size) => live && setBytes(size ?? null));
    return () => {
      live = false;
    };
  }, [round.id, measure]);

  const size = bytes === null ? null : formatFileSize(bytes, t, i18n.language);
  return (
    <li className="card review-round" data-testid="review-round">
      <div className="review-round__head">
        <h3>{t('review:roundLabel', { number: round.number, name: round.name })}</h3>
        <span className={`badge review-state review-state--${round.state}`}>{t(`review:state_${round.state}`)}</span>
      </div>
      <p className="field__hint">
        {[round.deadline ? t('review:roundDue', { date: formatCalendarDate(round.deadline, i18n.language as UiLanguage) }) : null, [t('review:countOpen', { count: round.counts.open }), t('review:countAnswered', { count: round.counts.answered }), t('review:countResolved', { count: round.counts.resolved })].join(' · '), round.reviewers.length ? t('review:reviewers', { names: round.reviewers.join(', ') }) : null]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <div className="review-round__actions">
        <span className="review-round__size" data-testid="review-pack-size">
          {size ? t('review:packSize', { size }) : t('review:measuring')}
        </span>
        <button
          type="button"
          className="button button--primary"
          onClick={async () => {
            const file = await save(round.id);
            if (!file) return;
            downloadExportedFile(file);
            setSaved(t('review:packSaved', { fileName: file.fileName, size: formatFileSize(file.bytes, t, i18n.language) }));
          }}
        >
          <Icon name="download" size={16} />
          {t('review:savePack')}
        </button>
        <button type="button" className="button" onClick={() => void setState(round.id, round.state !== 'closed' ? 'closed' : round.reviewers.length > 0 ? 'received' : 'open')}>
          {t(round.state === 'closed' ? 'review:reopenRound' : 'review:closeRound')}
        </button>
      </div>
      {saved && (
        <p className="review-round__saved" role="status">
          {saved}
        </p>
      )}
    </li>
  );
}
