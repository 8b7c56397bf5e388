import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/useAppStore';
import { findPlace } from './navigation';
import { PropertiesPanel } from './PropertiesPanel';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { SideNav } from './SideNav';
import { TopBar } from './TopBar';
import './workspace.css';

/** Top bar, the course's places on the left, the place in the centre, properties on the right. */
export function Workspace() {
  const { t } = useTranslation();
  const placeId = useAppStore((state) => state.place);
  const { View } = findPlace(placeId);
  return (
    <div className="workspace">
      <TopBar />
      <ReadOnlyBanner />
      <SideNav />
      <main className="workspace__centre" id="workspace-centre">
        <Suspense fallback={<div className="loading">{t('app:loading')}</div>}>
          <View />
        </Suspense>
      </main>
      <PropertiesPanel />
    </div>
  );
}
