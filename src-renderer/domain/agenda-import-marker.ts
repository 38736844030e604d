/**
 * How an agenda line is numbered: "1.", "1)", "Item 1:", "2.1", "a)", "(i)", a bullet. The
 * marker's style tells the reader which lines are siblings; its value, which comes next.
 */

export interface Marker {
  /** The marker as written, without the spaces after it: "2.1", "a)", "•". */
  raw: string;
  /**
   * Lines of one style are siblings: "decimal." "decimal)" "alpha-lower)" "(roman-lower)"
   * "bullet•" "dotted" "item" … A letter that may be a Roman numeral (i, v, x) carries both
   * readings; the reader picks one from the lines around it.
   */
  style: string;
  /** The other reading of an ambiguous letter ("roman-lower)" for "i)"), or null. */
  alternative: string | null;
  /** Its value in its list (3 for "c)" and for "iii)"), or null for a bullet. */
  value: number | null;
  /** The value as a Roman numeral, when `alternative` is the Roman reading. */
  alternativeValue: number | null;
  /** The numbers of a decimal marker: [2, 1] for "2.1", [4] for "4." and "Item 4". */
  path: number[] | null;
  /** A bare number ("1 Welcome") is a marker only where the list expects that number. */
  weak: boolean;
  /** The text after the marker. */
  rest: string;
}

const bullets = '•·◦▪▫■□●○‣⁃∙➢➤►▸▹✓✔❖◆◇→\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8';
const bulletPattern = new RegExp(`^([${bullets}])\\s*(.*)$`, 'u');
// Dashes, stars and pluses are bullets only when a space follows ("-5%" is not a bullet);
// Word's hollow-circle bullet arrives as a letter "o" and a tab.
const dashBullet = /^([-–—*+])\s+(.*)$|^(o)\t\s*(.*)$/u;
const itemWord =
  /^(?:agenda\s+)?item\s+(?:no\.?\s*)?(\d{1,3}(?:\.\d{1,3})*)([a-z])?(?:\s*[:.)\-–—]\s*|\s+|$)(.*)$/iu;
const dotted = /^(\d{1,3})((?:\.\d{1,3})+)\.?(?:\s+(.*))?$/u;
const decimal = /^(\d{1,3})([.):])(?!\d)\s*(.*)$/u;
const parenthesised = /^\((\d{1,3}|[a-z]|[ivxlc]{1,7})\)\s*(.*)$/iu;
const lettered = /^([a-z]|[ivxlc]{2,7})([.)])(?:\s+(.*)|$)/iu;
const bare = /^(\d{1,3})(?:(\t|\s{2,})\s*(.*)|\s(.+)|$)/u;

const romanDigits: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** The value of a lower-case Roman numeral, or null when the letters are not one. */
export function romanValue(text: string): number | null {
  const letters = text.toLowerCase();
  let total = 0;
  for (let i = 0; i < letters.length; i++) {
    const value = romanDigits[letters[i] ?? ''];
    if (value === undefined) return null;
    const next = romanDigits[letters[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  // Only the canonical spelling counts ("iiii" and "vx" are not numerals).
  return total > 0 && toRoman(total) === letters ? total : null;
}

function toRoman(value: number): string {
  const table: [number, string][] = [
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = value;
  for (const [amount, letters] of table) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
}

function letterCase(letters: string): 'lower' | 'upper' {
  return letters === letters.toLowerCase() ? 'lower' : 'upper';
}

function marker(raw: string, style: string, rest: string, extra: Partial<Marker> = {}): Marker {
  return {
    raw,
    style,
    alternative: null,
    value: null,
    alternativeValue: null,
    path: null,
    weak: false,
    rest: rest.trim(),
    ...extra,
  };
}

/** A letter or Roman numeral marker: "b)", "(iv)", "C." */
function letterMarker(letters: string, raw: string, wrap: (kind: string) => string, rest: string) {
  const kase = letterCase(letters);
  const roman = romanValue(letters);
  if (letters.length === 1) {
    const alpha = letters.toLowerCase().charCodeAt(0) - 96;
    const canBeRoman = roman !== null && 'ivx'.includes(letters.toLowerCase());
    return marker(raw, wrap(`alpha-${kase}`), rest, {
      value: alpha,
      alternative: canBeRoman ? wrap(`roman-${kase}`) : null,
      alternativeValue: canBeRoman ? roman : null,
    });
  }
  if (roman === null) return null;
  return marker(raw, wrap(`roman-${kase}`), rest, { value: roman });
}

/** The marker that starts `text` (already trimmed), or null for an unnumbered line. */
export function readMarker(text: string): Marker | null {
  let m = itemWord.exec(text);
  if (m) {
    const path = (m[1] ?? '').split('.').map(Number);
    return marker(text.slice(0, text.length - (m[3] ?? '').length).trim(), 'item', m[3] ?? '', {
      value: path[path.length - 1] ?? null,
      path,
    });
  }
  m = dotted.exec(text);
  if (m) {
    const path = [Number(m[1]), ...(m[2] ?? '').slice(1).split('.').map(Number)];
    const raw = text.slice(0, text.length - (m[3] ?? '').length).trim();
    // "1.0", "2.0": a top-level number written with a decimal place.
    while (path.length > 1 && path[path.length - 1] === 0) path.pop();
    const style = path.length === 1 ? 'decimal.' : 'dotted';
    return marker(raw, style, m[3] ?? '', { value: path[path.length - 1] ?? null, path });
  }
  m = decimal.exec(text);
  if (m) {
    const value = Number(m[1]);
    // "1." "1:" and a bare "1" are one list; "1)" may be a list of its own under "1.".
    return marker(
      `${m[1] ?? ''}${m[2] ?? ''}`,
      m[2] === ')' ? 'decimal)' : 'decimal.',
      m[3] ?? '',
      {
        value,
        path: [value],
      },
    );
  }
  m = parenthesised.exec(text);
  if (m) {
    const inner = m[1] ?? '';
    const raw = `(${inner})`;
    if (/^\d+$/.test(inner)) {
      return marker(raw, '(decimal)', m[2] ?? '', { value: Number(inner) });
    }
    return letterMarker(inner, raw, (kind) => `(${kind})`, m[2] ?? '');
  }
  m = lettered.exec(text);
  if (m) {
    const letters = m[1] ?? '';
    const punctuation = m[2] ?? '';
    return letterMarker(
      letters,
      `${letters}${punctuation}`,
      (kind) => `${kind}${punctuation}`,
      m[3] ?? '',
    );
  }
  m = bulletPattern.exec(text);
  if (m) return marker(m[1] ?? '', `bullet${m[1] ?? ''}`, m[2] ?? '');
  m = dashBullet.exec(text);
  if (m) {
    const glyph = m[1] ?? m[3] ?? '';
    return marker(glyph, `bullet${glyph}`, m[2] ?? m[4] ?? '');
  }
  m = bare.exec(text);
  if (m) {
    const value = Number(m[1]);
    // A single space after a number is weak evidence ("2016 Budget"); a tab or a wide gap is not.
    return marker(m[1] ?? '', 'decimal.', m[3] ?? m[4] ?? '', {
      value,
      path: [value],
      weak: m[4] !== undefined,
    });
  }
  return null;
}
