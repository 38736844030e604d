/**
 * The first step of an agenda import: text as pasted (or read from a Word file) made into
 * clean lines, each with its indentation, whatever characters it holds.
 */

/** One line handed to the agenda reader. */
export interface ImportLine {
  text: string;
  /**
   * Nesting level of a Word list paragraph (0 for the outer list), whose number or bullet is
   * not in the text; absent for a line of plain text.
   */
  level?: number;
  /** For a Word list paragraph: whether its list is numbered or bulleted. */
  list?: 'ordered' | 'bullet';
}

/** What an import takes at most; beyond these it is refused whole, with a message. */
export const agendaImportLimits = {
  /** Characters of text (an agenda of 500 items with long titles stays well under). */
  characters: 200_000,
  lines: 5_000,
  items: 500,
  /** A longer line is no agenda line: it is left out, and said so. */
  lineCharacters: 1_000,
  /** Levels of nesting kept: 1, 1.1, 1.1.1. Deeper items become siblings of the deepest. */
  depth: 3,
} as const;

/** A line once cleaned: its text without the indentation, and the indentation in columns. */
export interface CleanLine {
  /** 1-based number of the line in what was given. */
  number: number;
  text: string;
  /** The line cleaned but not trimmed, to measure where its words start. */
  raw: string;
  indent: number;
  level: number | undefined;
  list: 'ordered' | 'bullet' | undefined;
}

// Every line-breaking character a pasted text may carry (Windows, old Mac, Unicode, form feed).
const lineBreak = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
// C0 and C1 controls except the tab (a column separator in pasted tables).
// eslint-disable-next-line no-control-regex -- removing control characters is the point.
const controls = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
const oddSpaces = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Invisible characters that would otherwise stop "1." being read as a number: zero-width
// space, word joiner, byte-order mark, soft hyphen.
const invisible = /[\u200b\u2060\ufeff\u00ad]/g;
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** One line's characters made safe to read and to store: no controls, no lone surrogates. */
export function cleanText(text: string): string {
  return text
    .replace(loneSurrogate, '\ufffd')
    .replace(controls, '')
    .replace(invisible, '')
    .replace(oddSpaces, ' ');
}

/** Splits pasted text into lines (any line break). */
export function textLines(text: string): ImportLine[] {
  return text.split(lineBreak).map((line) => ({ text: line }));
}

/** The column at which character `index` of `text` starts, tab stops every four columns. */
export function columnAt(text: string, index: number): number {
  let column = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    column = text[i] === '\t' ? column - (column % 4) + 4 : column + 1;
  }
  return column;
}

/** The width of leading white space. */
function indentOf(text: string): number {
  return columnAt(text, text.length - text.trimStart().length);
}

/** A line written in Markdown, as notes apps copy it: "## 1. Welcome", "**2. Finance**". */
function withoutMarkup(text: string): string {
  return text
    .replace(/^#{1,6}\s+/u, '')
    .replace(/^(\*\*|__)(.+)\1$/u, '$2')
    .trim();
}

/** Cleans each line and measures its indentation; a Word list level counts four columns a level. */
export function cleanLines(lines: readonly ImportLine[]): CleanLine[] {
  return lines.map((line, index) => {
    const text = cleanText(line.text);
    const level =
      line.level === undefined || !Number.isFinite(line.level)
        ? undefined
        : Math.max(0, Math.min(20, Math.floor(line.level)));
    const list = level === undefined ? undefined : line.list === 'bullet' ? 'bullet' : 'ordered';
    return {
      number: index + 1,
      text: withoutMarkup(text.trim()),
      raw: text,
      indent: level === undefined ? indentOf(text) : level * 4,
      level,
      list,
    };
  });
}

/**
 * Why these lines are too much to import, or null. Counted before any reading, so that a
 * huge paste costs no more than a glance.
 */
export function importRefusal(lines: readonly ImportLine[]): string | null {
  const format = new Intl.NumberFormat('en-GB');
  let characters = 0;
  for (const line of lines) characters += line.text.length;
  if (characters > agendaImportLimits.characters) {
    return (
      `That is more text than an agenda: ${format.format(characters)} characters, where an ` +
      `import takes at most ${format.format(agendaImportLimits.characters)}. Nothing was added.`
    );
  }
  if (lines.length > agendaImportLimits.lines) {
    return (
      `That is more lines than an agenda: ${format.format(lines.length)}, where an import ` +
      `takes at most ${format.format(agendaImportLimits.lines)}. Nothing was added.`
    );
  }
  return null;
}

/**
 * Splits a line into its columns: a table copied from Word or a spreadsheet separates cells
 * with tabs, a text laid out by hand with runs of spaces, a Markdown table with bars.
 */
export function splitCells(text: string): string[] {
  const trimmed = text.trim();
  if (/^\|.*\|$/.test(trimmed) || (trimmed.match(/ \| /g)?.length ?? 0) >= 2) {
    return trimmed
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((cell) => cell.trim())
      .filter((cell) => cell !== '');
  }
  return trimmed
    .split(/\t+| {3,}/)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '');
}
