/**
 * The imported agenda as the preview edits it: a flat list of rows, each with its level
 * (0 for an item, 1 for a sub-item, …), where a row belongs to the nearest row above it one
 * level up. Indenting, outdenting and removing keep that shape valid.
 */
import { agendaImportLimits } from './agenda-import-text';

export interface Levelled {
  level: number;
}

/** A row's level and what lies under it: the rows after it that are deeper. */
function subtreeEnd(rows: readonly Levelled[], index: number): number {
  const level = rows[index]?.level ?? 0;
  let end = index + 1;
  while (end < rows.length && (rows[end]?.level ?? 0) > level) end++;
  return end;
}

function shift<T extends Levelled>(rows: readonly T[], from: number, to: number, by: number): T[] {
  return rows.map((row, i) => (i >= from && i < to ? { ...row, level: row.level + by } : row));
}

/** Whether row `index` can go one level deeper (under the row above it), with what is under it. */
export function canIndent(rows: readonly Levelled[], index: number): boolean {
  const row = rows[index];
  const above = rows[index - 1];
  if (row === undefined || above === undefined || row.level > above.level) return false;
  const end = subtreeEnd(rows, index);
  const deepest = Math.max(...rows.slice(index, end).map((r) => r.level));
  return deepest + 1 < agendaImportLimits.depth;
}

/** Row `index` and its sub-items one level deeper, or the rows unchanged when it cannot go. */
export function indentRow<T extends Levelled>(rows: readonly T[], index: number): T[] {
  if (!canIndent(rows, index)) return [...rows];
  return shift(rows, index, subtreeEnd(rows, index), 1);
}

/** Whether row `index` is a sub-item that can come out one level. */
export function canOutdent(rows: readonly Levelled[], index: number): boolean {
  return (rows[index]?.level ?? 0) > 0;
}

/**
 * Row `index` and its sub-items one level out. Rows that followed it under the same parent
 * now follow it one level deeper, so they stay where they were on the page (as in a word
 * processor's list).
 */
export function outdentRow<T extends Levelled>(rows: readonly T[], index: number): T[] {
  if (!canOutdent(rows, index)) return [...rows];
  return shift(rows, index, subtreeEnd(rows, index), -1);
}

/** Removes row `index`; its sub-items move up a level in its place, so none is lost with it. */
export function removeRow<T extends Levelled>(rows: readonly T[], index: number): T[] {
  if (rows[index] === undefined) return [...rows];
  const lifted = shift(rows, index + 1, subtreeEnd(rows, index), -1);
  return [...lifted.slice(0, index), ...lifted.slice(index + 1)];
}

/**
 * The number each row will have on the agenda: top-level rows run on from `first` (the agenda
 * already holding `first - 1` items), sub-items are numbered under them.
 */
export function rowNumbers(rows: readonly Levelled[], first: number): string[] {
  const counters: number[] = [];
  return rows.map((row) => {
    counters.length = row.level + 1;
    counters[row.level] = (counters[row.level] ?? (row.level === 0 ? first - 1 : 0)) + 1;
    return counters.map(String).join('.');
  });
}

/** For each row, whether a row it sits under is marked confidential (and so it is too). */
export function insideConfidential(rows: readonly (Levelled & { confidential: boolean })[]) {
  const path: boolean[] = [];
  return rows.map((row) => {
    path.length = row.level;
    const inherited = path.some(Boolean);
    path[row.level] = row.confidential;
    return inherited;
  });
}

export interface RowNode<T> {
  row: T;
  children: RowNode<T>[];
}

/** The rows as a tree again, for writing: each row under the nearest row above one level up. */
export function rowTree<T extends Levelled>(rows: readonly T[]): RowNode<T>[] {
  const roots: RowNode<T>[] = [];
  const path: RowNode<T>[] = [];
  for (const row of rows) {
    const node: RowNode<T> = { row, children: [] };
    const level = Math.min(row.level, path.length);
    path.length = level;
    const parent = path[level - 1];
    (parent === undefined ? roots : parent.children).push(node);
    path.push(node);
  }
  return roots;
}

/** The tree read from a text, as rows (depth first), each with its level. */
export function flattenTree<T extends { children: readonly T[] }>(
  items: readonly T[],
): { item: T; level: number }[] {
  const out: { item: T; level: number }[] = [];
  const walk = (list: readonly T[], level: number) => {
    for (const item of list) {
      out.push({ item, level });
      walk(item.children, level + 1);
    }
  };
  walk(items, 0);
  return out;
}
