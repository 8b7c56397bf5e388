import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaLibraryItem } from '../../../shared/api/authoringCalls';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';
import { formatFileSize } from './formatFileSize';
import { MediaThumbnail } from './MediaThumbnail';
import { ReplaceMediaForm } from './ReplaceMediaForm';

/** One asset: thumbnail, name, kind, size, the capsules using it, accessibility flags, and "replace everywhere". */
export function MediaRow({ item, sameKind }: { item: MediaLibraryItem; sameKind: MediaLibraryItem[] }) {
  const { t, i18n } = useTranslation();
  const [replacing, setReplacing] = useState(false);
  const selected = useAppStore((state) => state.selection?.kind === 'media' && state.selection.id === item.asset.id);
  const select = useAppStore((state) => state.select);
  const { asset, usedIn, flags } = item;
  return (
    <tr data-testid="media-row" data-selected={selected || undefined} onClick={() => select({ kind: 'media', id: asset.id })}>
      <td className="media-table__thumb">
        <MediaThumbnail asset={asset} />
      </td>
      <td className="media-table__name">
        <button type="button" className="media-table__select media-table__file" title={asset.fileName} aria-label={t('media:selectRow', { name: asset.fileName })} aria-pressed={selected}>
          {asset.fileName}
        </button>
        {flags.map((flag) => (
          <span key={flag} className="media-flag" data-testid="media-flag">
            <Icon name="alert" size={13} />
            {t(`media:flag.${flag}`)}
          </span>
        ))}
      </td>
      <td>{t(`media:kind.${asset.kind}`)}</td>
      <td className="media-table__size" data-testid="media-size">
        {formatFileSize(asset.size, t, i18n.language)}
      </td>
      <td>
        {usedIn.length === 0 ? (
          <span className="badge">{t('media:unused')}</span>
        ) : (
          <ul className="media-table__uses">
            {usedIn.map((use) => (
              <li key={use.capsuleId}>{use.capsuleTitle}</li>
            ))}
          </ul>
        )}
      </td>
      <td className="media-table__actions" onClick={(event) => event.stopPropagation()}>
        {replacing ? (
          <ReplaceMediaForm item={item} candidates={sameKind} onDone={() => setReplacing(false)} />
        ) : (
          usedIn.length > 0 && (
            <button type="button" className="button button--small" aria-label={t('media:replaceNamed', { name: asset.fileName })} onClick={() => setReplacing(true)}>
              {t('media:replace')}
            </button>
          )
        )}
      </td>
    </tr>
  );
}
