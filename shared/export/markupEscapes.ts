/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * A value as a JavaScript expression that is safe anywhere in a script or an HTML page: JSON with
 * `<`, `>`, `&` and the line separators escaped, so no user string can close a tag or a comment.
 */
export function toScriptLiteral(value: unknown): string {
  return escapeScriptJson(JSON.stringify(value));
}

/** toScriptLiteral's escaping of JSON text; each character alone, so it applies to JSON text in pieces too. */
export function escapeScriptJson(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// Characters XML 1.0 forbids outright, and lone surrogates (which no encoder can write).
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text fit for an XML document: forbidden characters dropped, whitespace runs collapsed, cut to
 * maxLength code points (never inside a surrogate pair). Markup escaping is left to the XML builder.
 */
export function toXmlText(text: string, maxLength = Infinity): string {
  const cleaned = text.replace(XML_FORBIDDEN, '').replace(/\s+/g, ' ').trim();
  const codePoints = Array.from(cleaned);
  return codePoints.length <= maxLength ? cleaned : `${codePoints.slice(0, maxLength - 1).join('')}…`;
}

/** Drops the characters no HTML or JS file may carry (lone surrogates, NUL and other C0 controls). */
export function toSafeUnicode(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}
