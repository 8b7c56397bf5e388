import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/useAppStore';
import { Icon } from '../ui/Icon';
import { findPlace, places } from './navigation';

/** The course's places; the current one is marked for assistive technology too. */
export function SideNav() {
  const { t } = useTranslation();
  const current = useAppStore((state) => findPlace(state.place).parentId ?? state.place);
  const goTo = useAppStore((state) => state.goTo);
  return (
    <nav className="sidenav" aria-label={t('app:nav.label')}>
      <ul className="sidenav__list">
        {places.filter((place) => !place.parentId).map((place) => (
          <li key={place.id}>
            <button
              type="button"
              className="sidenav__item"
              aria-current={current === place.id ? 'page' : undefined}
              data-testid={`nav-${place.id}`}
              onClick={() => goTo(place.id)}
            >
              <Icon name={place.icon} />
              {t(place.labelKey)}
              {place.Badge && <place.Badge />}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
