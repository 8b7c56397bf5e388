import { outline } from '../i18n/outline';
import { formatMessage } from '../i18n/formatMessage';
import type { Language } from '../model/course';

const MAX_TITLE_LENGTH = 500;

/** The title of a duplicate, in the course's language ("… (copie)"), so the copy is told apart from its original. */
export function copyTitle(title: string, language: Language): string {
  const suffix = formatMessage(outline[language], language, 'copyTitle', { title: '' });
  return formatMessage(outline[language], language, 'copyTitle', { title: title.slice(0, MAX_TITLE_LENGTH - suffix.length) });
}
