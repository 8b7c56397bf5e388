import { Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/useAppStore';
import { isLoadedWhenShown } from './lazyView';
import { findPlace, placeIds } from './navigation';
import { PropertiesPanel } from './PropertiesPanel';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { SideNav } from './SideNav';
import { SkipLink } from './SkipLink';
import { TopBar } from './TopBar';
import { useFocusPlaceHeading } from './useFocusPlaceHeading';
import { PlaceIdsProvider } from './usePlaceIds';
import './workspace.css';

/** Top bar, the course's places on the left, the place in the centre, properties on the right. */
export function Workspace() {
  const { t } = useTranslation();
  const placeId = useAppStore((state) => state.place);
  const { View, focusesItself } = findPlace(placeId);
  const centre = useRef<HTMLElement>(null);
  useFocusPlaceHeading(placeId, centre, !focusesItself);
  return (
    <PlaceIdsProvider value={placeIds}>
      <div className="workspace">
        <SkipLink targetId="workspace-centre" />
        <TopBar />
        <ReadOnlyBanner />
        <SideNav />
        <main className="workspace__centre" id="workspace-centre" ref={centre} tabIndex={-1}>
          {/* Only around a view loaded when shown: the outline, the first screen the server renders,
              is then taken over with the rest of the page, not in a later pass of its own. */}
          {isLoadedWhenShown(View) ? (
            <Suspense fallback={<div className="loading">{t('app:loading')}</div>}>
              <View />
            </Suspense>
          ) : (
            <View />
          )}
        </main>
        <PropertiesPanel />
      </div>
    </PlaceIdsProvider>
  );
}
