import AdmZip from 'adm-zip';
import mammoth from 'mammoth';

/** Text with entities decoded and white space collapsed, as a reader sees it. */
export function plain(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** What an independent .docx reader (mammoth) finds in the storyboard: its HTML, headings, table rows and paragraphs as text. */
export async function readStoryboard(docx: Buffer) {
  const { value: html, messages } = await mammoth.convertToHtml({ buffer: docx });
  const all = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1] ?? '');
  return {
    html,
    /** What the reader could not make sense of (warnings name our custom styles; errors mean a broken file). */
    errors: messages.filter((message) => message.type === 'error').map((message) => message.message),
    text: plain(html),
    headings: (level: number) => all(new RegExp(`<h${level}[^>]*>(.*?)</h${level}>`, 'g')).map(plain),
    /** Each table row as the plain text of its cells. */
    rows: all(/<tr>(.*?)<\/tr>/g).map((row) => [...row.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((cell) => plain(cell[1] ?? ''))),
    headerRows: all(/<thead>(.*?)<\/thead>/g).map(plain),
    paragraphs: all(/<p[^>]*>(.*?)<\/p>/g).map(plain),
  };
}

/** A part of the .docx package (word/document.xml, word/header1.xml…), as XML text. */
export function docxPart(docx: Buffer, name: string): string {
  return new AdmZip(docx).readAsText(name);
}

export function docxEntries(docx: Buffer): string[] {
  return new AdmZip(docx).getEntries().map((entry) => entry.entryName);
}
