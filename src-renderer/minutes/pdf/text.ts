/**
 * Text as the PDF can carry it. Text is stored as typed; it is cleaned only here, when it is
 * written: NFC, so a "ŵ" typed as w + U+0302 uses the font's precomposed glyph and comes back
 * from the PDF as typed in its usual form; tabs become spaces and "\r\n" becomes "\n"; control
 * characters, soft hyphens and Unicode non-characters (U+FFFE, U+FDD0…) are dropped; a lone
 * surrogate becomes U+FFFD so that something visible marks it.
 */
export function pdfText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/\p{Cs}/gu, '\uFFFD')
    .normalize('NFC')
    .replace(/[\p{Cc}\u00AD\uFDD0-\uFDEF]/gu, (char) => (char === '\n' ? '\n' : ''))
    .replace(/[\uFFFE\uFFFF]|[\u{1FFFE}-\u{10FFFF}]/gu, (char) =>
      isNonCharacter(char) ? '' : char,
    );
}

function isNonCharacter(char: string): boolean {
  return ((char.codePointAt(0) ?? 0) & 0xfffe) === 0xfffe;
}

/** Text on one line: line breaks become spaces (headers, table cells of one line). */
export function oneLine(text: string): string {
  return pdfText(text).replace(/\n+/g, ' ');
}
