/**
 * Text made safe for XML 1.0 (DOCX) at the moment a document is written; what is stored stays
 * as the user typed it. Removed: C0 controls other than tab and line feed (a carriage return
 * becomes a line break), DEL and the C1 controls, lone surrogates (half of an emoji cut in
 * two), and the Unicode non-characters (U+FDD0–U+FDEF and the last two code points of every
 * plane, U+FFFE and U+FFFF among them), none of which XML may carry or a reader can show.
 */

// One pass over the string, code point by code point: a surrogate pair is one code point and
// kept; a lone surrogate is one unit on its own and dropped.
const forbidden =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF]|[\uFFFE\uFFFF]|[\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** The text with everything XML cannot carry removed; CR LF and lone CR become LF. */
export function sanitizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(forbidden, '');
}

/** As {@link sanitizeText}, on one line: line breaks and tabs become single spaces. */
export function sanitizeLine(text: string): string {
  return sanitizeText(text).replace(/[\t\n]+/g, ' ');
}
