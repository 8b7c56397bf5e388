import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/useAppStore';
import { selectionPanels } from './selectionPanels';

/** The right column: properties of whatever is selected, from the panel registered for its kind. */
export function PropertiesPanel() {
  const { t } = useTranslation();
  const selection = useAppStore((state) => state.selection);
  const Panel = selection ? selectionPanels[selection.kind] : undefined;
  return (
    <aside className="properties" aria-label={t('app:panel.label')}>
      {selection && Panel ? (
        <Suspense fallback={<p className="properties__empty">{t('app:loading')}</p>}>
          <Panel key={selection.id} id={selection.id} />
        </Suspense>
      ) : (
        <p className="properties__empty">{t('app:panel.empty')}</p>
      )}
    </aside>
  );
}
