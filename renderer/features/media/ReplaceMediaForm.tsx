import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaLibraryItem } from '../../../shared/api/authoringCalls';
import { useAppStore } from '../../state/useAppStore';

/** Picks another asset of the same kind and points every capsule using this one at it. */
export function ReplaceMediaForm({ item, candidates, onDone }: { item: MediaLibraryItem; candidates: MediaLibraryItem[]; onDone(): void }) {
  const { t } = useTranslation();
  const replaceMediaEverywhere = useAppStore((state) => state.replaceMediaEverywhere);
  const [toId, setToId] = useState('');
  const id = useId();
  return (
    <form
      className="media-replace"
      onSubmit={(event) => {
        event.preventDefault();
        if (toId) void replaceMediaEverywhere(item.asset.id, toId).then(onDone);
      }}
      onKeyDown={(event) => event.key === 'Escape' && onDone()}
    >
      <label className="visually-hidden" htmlFor={id}>
        {t('media:replaceLabel', { name: item.asset.fileName })}
      </label>
      <select id={id} className="select" value={toId} autoFocus onChange={(event) => setToId(event.target.value)}>
        <option value="">{candidates.length ? t('media:replaceChoose') : t('media:replaceNone')}</option>
        {candidates.map((candidate) => (
          <option key={candidate.asset.id} value={candidate.asset.id}>
            {candidate.asset.fileName}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--small button--primary" disabled={!toId}>
        {t('media:replaceConfirm')}
      </button>
      <button type="button" className="button button--small" onClick={onDone}>
        {t('common:cancel')}
      </button>
    </form>
  );
}
