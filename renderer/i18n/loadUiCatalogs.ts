import type { UiLanguage } from './chooseLanguage';
import type { UiCatalogs } from './createI18n';

// One chunk per language, built from shared/i18n by scripts/uiCatalogsPlugin.mjs.
const loaders: Record<UiLanguage, () => Promise<{ default: UiCatalogs }>> = {
  fr: () => import('virtual:ui-catalogs/fr'),
  en: () => import('virtual:ui-catalogs/en'),
};

export async function loadUiCatalogs(language: UiLanguage): Promise<UiCatalogs> {
  return (await loaders[language]()).default;
}
