import { checks } from '../i18n/checks';
import type { Language } from '../model/course';
import { formatMessage, type MessageParams } from '../i18n/formatMessage';
import { exportMessages } from '../i18n/exportMessages';
import { EXPORT_BLOCKER_CHECK, type Finding } from './finding';

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/** A finding's one-line explanation in a language (numbers and capsule kinds localized), for the panel and the CLI. */
export function formatFinding(finding: Finding, language: Language): string {
  const messages: Record<string, string> = checks[language];
  const numbers = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 });
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(finding.params)) {
    // The count stays a number: it picks the message's plural form.
    if (typeof value === 'number') params[name] = name === 'count' ? value : numbers.format(value);
    else params[name] = name === 'kind' ? (messages[`kind.${value}`] ?? value) : value;
  }
  // An export blocker says what the export dialog says, in the same words.
  const texts: Record<string, string> = finding.checkId === EXPORT_BLOCKER_CHECK ? exportMessages[language] : messages;
  return formatMessage(texts, language, finding.messageKey, params);
}
