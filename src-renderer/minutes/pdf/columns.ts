import type { CellStyle, DocBlock } from '../document';
import { emphasis } from '../house-style';
import type { Face } from './types';

/**
 * Column widths that let every word of a table stand whole. A table cell breaks its text only
 * at spaces: a reference ("TCMP-2025-014", "Action-SC-2017-77") or a name ("Παπαδόπουλος")
 * is one word and is never cut. Where a word is wider than its column, that table's columns
 * are adjusted: width is taken from the columns with the most room to spare until the
 * longest word of each column fits. The PDF (table.ts) and the DOCX (docx.ts) use the same
 * rule, each with its own measure and unit, so both formats set the same columns.
 */

type TableBlock = Extract<DocBlock, { kind: 'table' }>;

export interface CellMeasure {
  /** Width of `word` set in `face`, in the table's unit. */
  word: (word: string, face: Face) => number;
  /** What a cell takes beyond its text, both sides together. */
  padding: number;
  /** The set-in a styled cell wants for `steps` (house-style.ts, cellIndent), uncapped. */
  indent: (steps: number) => number;
}

/** The words of a cell line as the PDF wraps it: only spaces and line breaks part them. */
export function cellWords(text: string): string[] {
  return text.split(/[ \n]+/).filter((word) => word !== '');
}

function widest(text: string, face: Face, measure: CellMeasure): number {
  return Math.max(0, ...cellWords(text).map((word) => measure.word(word, face)));
}

/** The width of the text of a line unwrapped: its words and the spaces between them. */
function whole(text: string, face: Face, measure: CellMeasure): number {
  return measure.word(cellWords(text).join(' '), face);
}

type Measured = (text: string, face: Face, measure: CellMeasure) => number;

/**
 * The width a cell needs for `of` (its longest word, or its lines unwrapped). A styled cell's
 * set-in is at most half its column (house-style.ts), so its text keeps at least what is set in.
 */
function cellNeed(
  text: string,
  style: CellStyle | undefined,
  measure: CellMeasure,
  of: Measured,
): number {
  if (style === undefined)
    return (
      Math.max(0, ...text.split('\n').map((line) => of(line, 'regular', measure))) + measure.padding
    );
  const wanted = measure.indent(style.indent ?? 0);
  const word = Math.max(
    0,
    ...text.split('\n').map((line, i) => of(line, style.emphasis?.[i] ?? 'regular', measure)),
  );
  return word + Math.min(wanted, word) + measure.padding;
}

function needs(block: TableBlock, measure: CellMeasure, of: Measured): number[] {
  return block.columns.map((column, i) =>
    Math.max(
      of(column.title, emphasis.tableHeader, measure) + measure.padding,
      ...block.rows.map((row, r) => cellNeed(row[i] ?? '', block.styles?.[r]?.[i], measure, of)),
    ),
  );
}

/** Per column, the width its longest word needs, the header row's bold titles included. */
export function columnNeeds(block: TableBlock, measure: CellMeasure): number[] {
  return needs(block, measure, widest);
}

/** Per column, the width that sets every line of its cells unwrapped. */
export function columnNaturals(block: TableBlock, measure: CellMeasure): number[] {
  return needs(block, measure, whole);
}

/**
 * {@link fitColumns}, lending first only the room a column does not use at all (beyond its
 * widest line unwrapped), so that no cell gains a line it need not; then, if that is not
 * enough, the room beyond its longest word.
 */
export function fitColumnsGently(
  widths: readonly number[],
  needs: readonly number[],
  naturals: readonly number[],
): number[] | null {
  const firm = widths.map((width, i) => {
    const need = needs[i] ?? 0;
    return need > width ? need : Math.max(need, Math.min(width, naturals[i] ?? 0));
  });
  return fitColumns(widths, firm) ?? fitColumns(widths, needs);
}

/**
 * `widths` changed as little as needed so each column is at least its need, or null when the
 * table is too narrow for that. The width lent to the short columns comes from the columns
 * with the most slack first: their slack is levelled down until the shortfall is covered.
 */
export function fitColumns(widths: readonly number[], needs: readonly number[]): number[] | null {
  const need = (i: number) => needs[i] ?? 0;
  const shortfall = widths.reduce((sum, width, i) => sum + Math.max(0, need(i) - width), 0);
  if (shortfall <= 1e-6) return [...widths];
  const slack = widths.map((width, i) => Math.max(0, width - need(i)));
  const total = slack.reduce((a, b) => a + b, 0);
  if (total < shortfall) return null;
  const level = slackLevel(slack, shortfall);
  return widths.map((width, i) => {
    if (need(i) > width) return need(i);
    return width - Math.max(0, (slack[i] ?? 0) - level);
  });
}

/** The level L at which the slack above L adds up to `shortfall`. */
function slackLevel(slack: readonly number[], shortfall: number): number {
  const sorted = [...slack].sort((a, b) => b - a);
  let above = 0;
  for (let k = 0; k < sorted.length; k++) {
    above += sorted[k] ?? 0;
    const next = sorted[k + 1] ?? 0;
    // Levelling the k + 1 widest down to `next` frees this much.
    const freed = above - (k + 1) * next;
    if (freed >= shortfall) return (above - shortfall) / (k + 1);
  }
  return 0;
}

/**
 * The last resort, when no widths let every word fit: a column whose longest word would not
 * fit even with all the slack of the others keeps its share, and its longest words are
 * broken (wrap.ts); the other columns are fitted as before, so theirs stay whole.
 */
export function closestColumns(widths: readonly number[], needs: readonly number[]): number[] {
  const total = widths.reduce((sum, width, i) => sum + Math.max(0, width - (needs[i] ?? 0)), 0);
  const capped = widths.map((width, i) => {
    const need = needs[i] ?? 0;
    return need > width + total ? width : need;
  });
  return fitColumns(widths, capped) ?? [...widths];
}
