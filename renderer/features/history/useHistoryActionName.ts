import { useTranslation } from 'react-i18next';

/** Names an undo step from its API method ("addModule" → "ajouter un module"). */
export function useHistoryActionName(): (method: string | null) => string {
  const { t, i18n } = useTranslation();
  return (method) => {
    const key = `authoring:action.${method ?? 'other'}`;
    return i18n.exists(key) ? t(key) : t('authoring:action.other');
  };
}
