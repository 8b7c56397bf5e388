import { checks } from '../i18n/checks';
import type { Language } from '../model/course';
import { formatMessage } from '../pacing/formatMessage';
import { exportMessages } from '../i18n/exportMessages';
import { EXPORT_BLOCKER_CHECK, type Finding } from './finding';

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/** A finding's one-line explanation in a language (numbers and capsule kinds localized), for the panel and the CLI. */
export function formatFinding(finding: Finding, language: Language): string {
  const messages: Record<string, string> = checks[language];
  const numbers = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 });
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(finding.params)) {
    if (typeof value === 'number') params[name] = numbers.format(value);
    else params[name] = name === 'kind' ? (messages[`kind.${value}`] ?? value) : value;
  }
  // An export blocker says what the export dialog says, in the same words.
  const texts: Record<string, string> = finding.checkId === EXPORT_BLOCKER_CHECK ? exportMessages[language] : messages;
  return formatMessage(texts[finding.messageKey] ?? finding.messageKey, params);
}
