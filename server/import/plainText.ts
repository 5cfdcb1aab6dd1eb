import { decode } from 'html-entities';

const paragraphEnd = /<\s*\/(p|div|h[1-6]|blockquote|pre|ul|ol|table)\s*>/gi;
const lineBreak = /<\s*(br|\/li|\/tr)\b[^>]*>/gi;
const listItem = /<\s*li\b[^>]*>/gi;
const invisible = /<\s*(script|style)\b[^>]*>[\s\S]*?<\s*\/\s*\1\s*>/gi;
const comment = /<!--[\s\S]*?-->/g;
const tag = /<\/?[a-zA-Z!?][^<>]*>/g;

/**
 * Abstracts from frab and pretalx are often HTML (or Markdown rendered to it). We keep plain
 * text only: the client renders text, never markup. Tags go, block ends become line breaks,
 * entities are decoded, and whatever decoding turned into a tag goes too.
 */
export function htmlToPlainText(html: string): string {
  const withoutMarkup = html
    .replace(invisible, '')
    .replace(comment, '')
    .replace(paragraphEnd, '\n\n')
    .replace(lineBreak, '\n')
    .replace(listItem, '• ')
    .replace(tag, '');
  return decode(withoutMarkup, { level: 'html5' })
    // XML parsers turn CR LF into LF (and `&#13;` decodes to CR): one kind of line break keeps export → import free of changes.
    .replace(/\r\n?/g, '\n')
    .replace(tag, '')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
