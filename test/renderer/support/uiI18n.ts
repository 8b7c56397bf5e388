import { catalogsIn } from '../../../shared/i18n/messages';
import type { UiLanguage } from '../../../renderer/i18n/chooseLanguage';
import { createI18n } from '../../../renderer/i18n/createI18n';

/** The renderer's i18n instance in one language, fed from the shared catalogues as the build does. */
export function uiI18n(language: UiLanguage) {
  return createI18n(language, catalogsIn(language));
}
