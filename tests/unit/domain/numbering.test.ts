import { describe, expect, it } from 'vitest';
import { numberAgenda, positionsFor, type NumberableItem } from '../../../src-renderer/domain';

interface Item extends NumberableItem {
  title: string;
}

const keys = positionsFor(10);

function key(index: number): string {
  const value = keys[index];
  if (value === undefined) throw new Error(`no key ${index}`);
  return value;
}

function item(id: string, position: number, parentId: string | null = null): Item {
  return { id, parentId, position: key(position), title: `Title ${id}` };
}

/** "number title" per line, in reading order, with the depth shown by indentation. */
function outline(items: readonly Item[], start?: number): string[] {
  return numberAgenda(items, start).map((n) => `${'  '.repeat(n.depth)}${n.number} ${n.item.id}`);
}

/** A small deterministic shuffle (reverse, then interleave) so no test depends on luck. */
function shuffle<T>(list: readonly T[]): T[] {
  const reversed = [...list].reverse();
  const front = reversed.filter((_, i) => i % 2 === 0);
  const back = reversed.filter((_, i) => i % 2 === 1);
  return [...back, ...front];
}

describe('numberAgenda', () => {
  it('numbers nothing as nothing', () => {
    expect(numberAgenda([])).toEqual([]);
  });

  it('numbers a flat list 1, 2, 3 by position', () => {
    const items = [item('close', 2), item('welcome', 0), item('actions', 1)];
    expect(outline(items)).toEqual(['1 welcome', '2 actions', '3 close']);
  });

  it('numbers sub-items 1.1, 1.2 under their parent, in reading order', () => {
    const items = [
      item('one', 0),
      item('two', 1),
      item('one-b', 1, 'one'),
      item('one-a', 0, 'one'),
    ];
    expect(outline(items)).toEqual(['1 one', '  1.1 one-a', '  1.2 one-b', '2 two']);
  });

  it('gives depth 0 to top-level items, 1 to sub-items and 2 to sub-sub-items', () => {
    const items = [
      item('a', 0),
      item('a1', 0, 'a'),
      item('a1x', 0, 'a1'),
      item('a1y', 1, 'a1'),
      item('a2', 1, 'a'),
      item('b', 1),
    ];
    const numbered = numberAgenda(items);
    expect(numbered.map((n) => [n.number, n.depth])).toEqual([
      ['1', 0],
      ['1.1', 1],
      ['1.1.1', 2],
      ['1.1.2', 2],
      ['1.2', 1],
      ['2', 0],
    ]);
  });

  it('restarts sub-item numbering under each parent', () => {
    const items = [
      item('a', 0),
      item('a-sub', 0, 'a'),
      item('b', 1),
      item('b-sub1', 0, 'b'),
      item('b-sub2', 1, 'b'),
    ];
    expect(outline(items)).toEqual(['1 a', '  1.1 a-sub', '2 b', '  2.1 b-sub1', '  2.2 b-sub2']);
  });

  it('returns the very objects it was given', () => {
    const items = [item('a', 0), item('b', 0, 'a')];
    const numbered = numberAgenda(items);
    expect(numbered[0]?.item).toBe(items[0]);
    expect(numbered[1]?.item).toBe(items[1]);
    expect(numbered[0]?.item.title).toBe('Title a');
  });

  it('lets top-level numbers run on from `start`, sub-items following', () => {
    const items = [item('a', 0), item('a-sub', 0, 'a'), item('b', 1), item('c', 2)];
    expect(outline(items, 31)).toEqual(['31 a', '  31.1 a-sub', '32 b', '33 c']);
  });

  it('treats an item whose parent is missing as top level, in position order', () => {
    const items = [item('a', 0), item('orphan', 1, 'deleted-parent'), item('b', 2)];
    expect(outline(items)).toEqual(['1 a', '2 orphan', '3 b']);
  });

  it('keeps the sub-items of an orphan under it', () => {
    const items = [item('orphan', 0, 'gone'), item('child', 0, 'orphan'), item('b', 1)];
    expect(outline(items)).toEqual(['1 orphan', '  1.1 child', '2 b']);
  });

  it('does not depend on the order of its input', () => {
    const items = [
      item('a', 0),
      item('a1', 0, 'a'),
      item('a2', 1, 'a'),
      item('a3', 2, 'a'),
      item('b', 1),
      item('c', 2),
      item('c1', 0, 'c'),
    ];
    const expected = outline(items);
    expect(outline(shuffle(items))).toEqual(expected);
    expect(outline([...items].reverse())).toEqual(expected);
  });

  it('does not sort or otherwise change the input array', () => {
    const items = [item('b', 1), item('a', 0)];
    numberAgenda(items);
    expect(items.map((i) => i.id)).toEqual(['b', 'a']);
  });

  it('orders tied positions by id, so both windows show the same numbers', () => {
    const tied = [
      { id: 'zz', parentId: null, position: key(0), title: '' },
      { id: 'aa', parentId: null, position: key(0), title: '' },
    ];
    expect(outline(tied)).toEqual(['1 aa', '2 zz']);
  });

  it('numbers every item exactly once', () => {
    const items = [
      item('a', 0),
      item('a1', 0, 'a'),
      item('b', 1),
      item('orphan', 2, 'nowhere'),
      item('b1', 0, 'b'),
    ];
    const numbered = numberAgenda(items);
    expect(numbered.map((n) => n.item.id).sort()).toEqual(items.map((i) => i.id).sort());
    expect(new Set(numbered.map((n) => n.number)).size).toBe(items.length);
  });
});
