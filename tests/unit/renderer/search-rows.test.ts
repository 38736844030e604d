import { describe, expect, it } from 'vitest';
import type { SearchEntry, SearchResults } from '../../../src-renderer/domain/search-results';
import { countLine, nextEntry, rowsOf } from '../../../src-renderer/features/search/search-rows';
import {
  asksForSearch,
  elementOf,
  hrefOf,
} from '../../../src-renderer/features/search/search-target';

const entry = (id: string): SearchEntry => ({
  id,
  kind: 'paragraph',
  heading: '',
  text: id,
  terms: [],
  confidential: false,
  score: 1,
  target: { screen: 'minutes', bodyId: 'b', meetingId: 'm', itemId: 'i', blockId: null },
});

const results: SearchResults = {
  text: 'x',
  total: 3,
  shown: 3,
  groups: [
    {
      key: 'm1',
      bodyName: 'SEC Panel',
      meeting: { id: 'm1', number: 30, date: '2016-03-10' },
      entries: [entry('a'), entry('b')],
    },
    { key: 'earlier:b', bodyName: 'SEC Panel', meeting: null, entries: [entry('c')] },
  ],
};

describe('the results list', () => {
  it('heads each meeting, and arrows skip the headings and stop at the ends', () => {
    const rows = rowsOf(results);
    expect(rows.map((r) => (r.type === 'group' ? r.label : r.key))).toEqual([
      'SEC Panel — Meeting 30, 10 March 2016',
      'a',
      'b',
      'SEC Panel — actions from before its meetings',
      'c',
    ]);
    expect(nextEntry(rows, -1, 1)).toBe(1);
    expect(nextEntry(rows, 2, 1)).toBe(4);
    expect(nextEntry(rows, 4, 1)).toBe(4);
    expect(nextEntry(rows, 4, -1)).toBe(2);
    expect(nextEntry(rows, 1, -1)).toBe(1);
  });

  it('counts results, and says when only the first are shown', () => {
    expect(countLine(results)).toBe('3 results in 2 meetings.');
    expect(countLine({ ...results, total: 1200, shown: 500 })).toBe(
      '1,200 results; the first 500 are shown. Add words or filters to narrow the search.',
    );
    expect(countLine({ ...results, groups: [], total: 0, shown: 0 })).toBe('Nothing found.');
  });

  it('opens a result at its block, else its item, on its screen', () => {
    const target = entry('a').target;
    expect(hrefOf(target)).toBe('/meetings/m/minutes');
    expect(elementOf(target)).toBe('minutes-item-i');
    expect(elementOf({ ...target, blockId: 'k' })).toBe('minutes-block-k');
    expect(hrefOf({ ...target, screen: 'attendance' })).toBe('/meetings/m/attendance');
    expect(hrefOf({ ...target, screen: 'agenda' })).toBe('/meetings/m');
    expect(elementOf({ ...target, screen: 'agenda' })).toBeNull();
    expect(hrefOf({ ...target, screen: 'actions', meetingId: null })).toBe('/bodies/b/actions');
    expect(elementOf({ ...target, screen: 'actions' })).toBeNull();
  });

  it('opens search with Ctrl+K or ⌘K, and not with other modifiers', () => {
    const k = { key: 'k', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false };
    expect(asksForSearch({ ...k, ctrlKey: true })).toBe(true);
    expect(asksForSearch({ ...k, metaKey: true })).toBe(true);
    expect(asksForSearch({ ...k, key: 'K', ctrlKey: true })).toBe(true);
    expect(asksForSearch(k)).toBe(false);
    expect(asksForSearch({ ...k, ctrlKey: true, shiftKey: true })).toBe(false);
    expect(asksForSearch({ ...k, ctrlKey: true, altKey: true })).toBe(false);
  });
});
