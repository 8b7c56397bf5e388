import type { Language } from '../model/course';

/**
 * A file's size in the course's language, as files written for learners and clients show it:
 * "12,3 ko", "4 Mo" (French) or "12.3 kB", "4 MB". Formatted by hand: ICU data varies between
 * builds, and an exported file must not.
 */
export function formatPackageFileSize(bytes: number, language: Language): string {
  const megabytes = bytes / 1_000_000;
  const [value, unit] = megabytes >= 1 ? [megabytes, language === 'fr' ? 'Mo' : 'MB'] : [bytes / 1_000, language === 'fr' ? 'ko' : 'kB'];
  const digits = value.toFixed(1).replace(/\.0$/, '');
  return `${language === 'fr' ? digits.replace('.', ',') : digits} ${unit}`;
}
