import { describe, expect, it } from 'vitest';
import {
  canIndent,
  canOutdent,
  flattenTree,
  indentRow,
  insideConfidential,
  outdentRow,
  removeRow,
  rowNumbers,
  rowTree,
  type RowNode,
} from '../../../src-renderer/domain';

interface Row {
  name: string;
  level: number;
  confidential: boolean;
}

/** Rows from "name" lines indented two spaces a level; "!" marks a confidential row. */
function rows(...lines: string[]): Row[] {
  return lines.map((line) => {
    const name = line.trim();
    return {
      name: name.replace(/!$/, ''),
      level: (line.length - line.trimStart().length) / 2,
      confidential: name.endsWith('!'),
    };
  });
}

function shape(list: readonly Row[]): string[] {
  return list.map((r) => `${'  '.repeat(r.level)}${r.name}`);
}

function tree(nodes: readonly RowNode<Row>[]): unknown[] {
  return nodes.map((n) => (n.children.length === 0 ? n.row.name : [n.row.name, tree(n.children)]));
}

describe('preview rows', () => {
  const agenda = rows('A', '  A1', '  A2', '    A2i', 'B', 'C');

  it('numbers rows after the items already on the agenda', () => {
    expect(rowNumbers(agenda, 1)).toEqual(['1', '1.1', '1.2', '1.2.1', '2', '3']);
    expect(rowNumbers(agenda, 4)).toEqual(['4', '4.1', '4.2', '4.2.1', '5', '6']);
  });

  it('indents a row with what is under it, only beneath the row above and to three levels', () => {
    expect(shape(indentRow(agenda, 4))).toEqual(['A', '  A1', '  A2', '    A2i', '  B', 'C']);
    expect(canIndent(agenda, 0)).toBe(false); // nothing above it
    expect(canIndent(agenda, 1)).toBe(false); // already one deeper than the row above
    expect(canIndent(agenda, 2)).toBe(false); // A2i would go to a fourth level
    expect(canIndent(agenda, 5)).toBe(true);
    expect(indentRow(agenda, 1)).toEqual(agenda);
  });

  it('outdents a row with what is under it; later siblings stay where they were on the page', () => {
    expect(shape(outdentRow(agenda, 2))).toEqual(['A', '  A1', 'A2', '  A2i', 'B', 'C']);
    expect(shape(outdentRow(agenda, 1))).toEqual(['A', 'A1', '  A2', '    A2i', 'B', 'C']);
    expect(canOutdent(agenda, 0)).toBe(false);
    expect(outdentRow(agenda, 0)).toEqual(agenda);
  });

  it('removes a row and lifts what was under it into its place', () => {
    expect(shape(removeRow(agenda, 2))).toEqual(['A', '  A1', '  A2i', 'B', 'C']);
    expect(shape(removeRow(agenda, 0))).toEqual(['A1', 'A2', '  A2i', 'B', 'C']);
    expect(removeRow(agenda, 9)).toEqual(agenda);
  });

  it('builds the tree back from the rows', () => {
    expect(tree(rowTree(agenda))).toEqual([['A', ['A1', ['A2', ['A2i']]]], 'B', 'C']);
    // A level beyond the row above (never made by the commands) hangs under that row.
    expect(tree(rowTree(rows('A', '    deep')))).toEqual([['A', ['deep']]]);
  });

  it('flattens a tree into rows and back', () => {
    const items = [
      { name: 'A', children: [{ name: 'A1', children: [] }] },
      { name: 'B', children: [] },
    ];
    expect(flattenTree(items).map((r) => [r.item.name, r.level])).toEqual([
      ['A', 0],
      ['A1', 1],
      ['B', 0],
    ]);
  });

  it('marks rows inside a confidential row', () => {
    expect(
      insideConfidential(rows('A!', '  A1', '    A1i', 'B', '  B1!', '    B1i', '  B2')),
    ).toEqual([false, true, true, false, false, true, false]);
  });
});
