import { useTranslation } from 'react-i18next';
import type { MediaLibraryItem } from '../../../shared/api/authoringCalls';
import { MediaRow } from './MediaRow';

/** Every asset of the course, newest first, with what it is and where it is used. */
export function MediaTable({ library }: { library: MediaLibraryItem[] }) {
  const { t } = useTranslation();
  return (
    <table className="media-table" aria-label={t('media:listLabel')}>
      <thead>
        <tr>
          <th scope="col" className="media-table__thumb">
            <span className="visually-hidden">{t('media:columnPreview')}</span>
          </th>
          <th scope="col">{t('media:columnName')}</th>
          <th scope="col">{t('media:columnKind')}</th>
          <th scope="col" className="media-table__size">
            {t('media:columnSize')}
          </th>
          <th scope="col">{t('media:columnUsage')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('media:columnActions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {library.map((item) => (
          <MediaRow key={item.asset.id} item={item} sameKind={library.filter((other) => other.asset.kind === item.asset.kind && other.asset.id !== item.asset.id)} />
        ))}
      </tbody>
    </table>
  );
}
