import type { Language } from '../../../shared/model/course';
import { formatMessage, type MessageKey as CatalogKey, type MessageParams } from '../../../shared/i18n/formatMessage';
import { player } from '../../../shared/i18n/player';

export type MessageKey = CatalogKey<keyof typeof player.fr>;
export type Translate = (key: MessageKey, values?: MessageParams) => string;

/** The player's strings in the course's language, through the shared formatter (plurals, {{name}} slots, numbers). */
export function createTranslator(language: Language): Translate {
  const messages = player[language] ?? player.fr;
  return (key, values = {}) => formatMessage(messages, language, key, values);
}
