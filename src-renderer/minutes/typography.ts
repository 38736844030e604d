/**
 * Curly quotes for documents: the straight ' and " a keyboard types become ’ ‘ “ ” when the
 * minutes are written (a body setting, on by default). What is stored stays as typed.
 *
 * The rule, quote by quote, reading what is already written before it:
 * - ' after a letter or digit is an apostrophe or a closing quote: DCC's, Parties', 1990's → ’;
 * - ' before two digits and a non-digit is an elision: '90s → ’90s;
 * - a quote at the start, or after a space, an opening bracket, a dash, a slash or an opening
 *   quote, with something other than a space after it, opens: 'triage' → ‘triage’, "x" → “x”;
 * - any other quote closes (’ ”), e.g. after a full stop: "Yes." → “Yes.”;
 * - a quote standing alone between spaces (or alone in the text) is left as typed: nothing
 *   says which way it faces.
 * Nothing else changes, so a reference such as SECP30/01, a date or a number is never touched.
 */

const wordChar = /[\p{L}\p{N}\p{M}]/u;
const opensAfter = /[\s([{\u2014\u2013\-/\u2018\u201C]/u;
const space = /\s/u;

/** The text with its straight quotes made curly. */
export function curlyQuotes(text: string): string {
  if (!text.includes("'") && !text.includes('"')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char !== "'" && char !== '"') {
      out += char;
      continue;
    }
    const before = out.slice(-1);
    const after = text.charAt(i + 1);
    const atStart = before === '' || opensAfter.test(before);
    const atEnd = after === '' || space.test(after);
    if (atStart && atEnd) {
      out += char;
    } else if (char === "'") {
      if (wordChar.test(before) || /^\d\d(?!\d)/.test(text.slice(i + 1))) out += '\u2019';
      else out += atStart ? '\u2018' : '\u2019';
    } else {
      out += atStart ? '\u201C' : '\u201D';
    }
  }
  return out;
}

/** What a body's documents do with typed text: curly quotes when the body says so. */
export function typesetter(curly: boolean): (text: string) => string {
  return curly ? curlyQuotes : (text) => text;
}
