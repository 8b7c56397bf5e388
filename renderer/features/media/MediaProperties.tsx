import { useTranslation } from 'react-i18next';
import type { SelectionPanelProps } from '../../app/selectionPanels';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';
import { PropertyRow } from '../../ui/PropertyRow';
import { formatFileSize } from './formatFileSize';
import { formatInstantDay } from '../../../shared/i18n/formatDate';
import type { UiLanguage } from '../../i18n/chooseLanguage';
import { MediaThumbnail } from './MediaThumbnail';

/** The selected asset: a larger picture, its format and size, and the capsules using it (one click away in the outline). */
export function MediaProperties({ id }: SelectionPanelProps) {
  const { t, i18n } = useTranslation();
  const item = useAppStore((state) => state.mediaLibrary?.find((candidate) => candidate.asset.id === id));
  const goTo = useAppStore((state) => state.goTo);
  const select = useAppStore((state) => state.select);
  if (!item) return null;
  const { asset, usedIn, flags } = item;
  return (
    <section className="props media-props" aria-labelledby="media-props-heading">
      <p className="props__kind">{t('media:propsKind')}</p>
      <h2 className="props__title media-props__title" id="media-props-heading">
        {asset.fileName}
      </h2>
      <div className="media-props__picture">
        <MediaThumbnail asset={asset} />
      </div>
      {flags.map((flag) => (
        <p key={flag} className="media-flag">
          <Icon name="alert" size={13} />
          {t(`media:flag.${flag}`)}
        </p>
      ))}
      <dl className="props__list">
        <PropertyRow name={t('media:columnKind')}>{t(`media:kind.${asset.kind}`)}</PropertyRow>
        <PropertyRow name={t('media:propsType')}>{asset.mimeType}</PropertyRow>
        <PropertyRow name={t('media:propsSize')}>{formatFileSize(asset.size, t, i18n.language)}</PropertyRow>
        <PropertyRow name={t('media:propsAdded')}>{formatInstantDay(asset.createdAt, i18n.language as UiLanguage)}</PropertyRow>
      </dl>
      <h3 className="media-props__heading">{t('media:propsUsage')}</h3>
      {usedIn.length === 0 ? (
        <p className="field__hint">{t('media:propsUnused')}</p>
      ) : (
        <ul className="media-props__uses">
          {usedIn.map((use) => (
            <li key={use.capsuleId}>
              <button
                type="button"
                className="button button--small button--ghost"
                aria-label={t('media:openCapsule', { title: use.capsuleTitle })}
                onClick={() => {
                  goTo('outline');
                  select({ kind: 'capsule', id: use.capsuleId });
                }}
              >
                {use.capsuleTitle}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
