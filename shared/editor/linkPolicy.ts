/**
 * The one link rule of a course, for the editor, the Word import, the export and review pack (through
 * renderCapsuleHtml) and the storyboard: https and mailto addresses only. Capsules play inside the
 * client's LMS, served over https, where an http link is mixed content browsers flag and sends
 * learners over an unencrypted connection; javascript:, data: and file: links could run code or
 * reach the learner's disk.
 */
export const LINK_PROTOCOLS = ['https', 'mailto'] as const;

// No white space, and none of the characters that end an HTML attribute or tag (apostrophes stay: French addresses hold them, and every writer escapes them).
const ALLOWED_HREF = /^(?:https:\/\/[^\s<>"`]+|mailto:[^\s<>"`]+)$/i;

/** True when a stored link address may become a link (anything else is shown as plain text). */
export function isAllowedLinkHref(href: string): boolean {
  return ALLOWED_HREF.test(href);
}
