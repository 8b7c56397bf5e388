import { useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEW_FILE_EXTENSION } from '../../../shared/review/reviewFile';
import type { ReviewFileOutcome } from '../../state/reviewSlice';
import { errorMessage } from '../../i18n/errorMessage';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';

/** Importing reviews: a file picker and a drop zone; says what each file added, or why it was refused. */
export function ReviewImport() {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const importReviewFiles = useAppStore((state) => state.importReviewFiles);
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<ReviewFileOutcome[]>([]);
  const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');
  const run = async (files: File[]) => {
    setBusy(true);
    try {
      setOutcomes(await importReviewFiles(files));
    } finally {
      setBusy(false);
    }
  };
  const describe = (outcome: ReviewFileOutcome) =>
    'tooLarge' in outcome
      ? t('review:importTooLarge', { fileName: outcome.fileName })
      : outcome.ok
        ? t('review:importDone', {
            fileName: outcome.fileName,
            reviewer: outcome.reviewer,
            round: outcome.roundNumber,
            details: [
              t('review:importAdded', { count: outcome.added }),
              t('review:importUpdated', { count: outcome.updated }),
              t('review:importUnchanged', { count: outcome.unchanged }),
              t('review:importSignoffs', { count: outcome.signoffs }),
            ].join(', '),
          })
        : t('review:importRefused', { fileName: outcome.fileName, message: errorMessage({ code: 'invalid-input', message: outcome.message ?? '', ...(outcome.messageText ? { text: outcome.messageText } : {}) }, t) });

  return (
    <section className="review__import" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('review:importTitle')}</h2>
      <div
        className={`review-drop${over ? ' review-drop--over' : ''}`}
        data-testid="review-drop"
        onDragOver={(event) => {
          if (!hasFiles(event)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          if (!hasFiles(event)) return;
          event.preventDefault();
          setOver(false);
          if (!busy) void run([...event.dataTransfer.files]);
        }}
      >
        <button type="button" className="button button--primary" disabled={busy} aria-describedby={`${id}-hint`} onClick={() => input.current?.click()}>
          <Icon name="upload" size={16} />
          {t('review:importChoose')}
        </button>
        <input
          ref={input}
          className="visually-hidden"
          type="file"
          multiple
          accept={`${REVIEW_FILE_EXTENSION},application/json`}
          tabIndex={-1}
          aria-label={t('review:importTitle')}
          data-testid="review-file-input"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length > 0) void run(files);
          }}
        />
        <span className="field__hint" id={`${id}-hint`}>
          {over ? t('review:importDrop') : t('review:importHint')}
        </span>
      </div>
      {outcomes.length > 0 && (
        <ul className="review__import-results" role="status" data-testid="review-import-results">
          {outcomes.map((outcome, index) => (
            <li key={`${outcome.fileName}-${index}`} className={outcome.ok ? 'review-import--ok' : 'review-import--refused'}>
              {describe(outcome)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
