import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/useAppStore';
import { findPlace } from './navigation';

/**
 * "Place · Course — SPOC Studio": screen readers announce where a change of place led, and the
 * desktop window's title (which follows the page's) names the open project.
 */
export function useDocumentTitle(): void {
  const { t } = useTranslation();
  const placeId = useAppStore((state) => state.place);
  const courseTitle = useAppStore((state) => (state.session?.project ? (state.outline?.course.title ?? state.session.project.title) : null));
  const placeLabel = courseTitle === null ? null : t(findPlace(placeId).labelKey);
  useEffect(() => {
    document.title = courseTitle === null ? 'SPOC Studio' : `${placeLabel} · ${courseTitle.trim() || t('app:untitledCourse')} — SPOC Studio`;
  }, [courseTitle, placeLabel, t]);
}
