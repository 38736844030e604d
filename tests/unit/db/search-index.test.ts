import { describe, expect, it } from 'vitest';
import {
  addBlock,
  addItem,
  createMeeting,
  deleteBlock,
  deleteItem,
  raiseAction,
  updateBlock,
  updateItem,
} from '../../../src-renderer/db';
import { SearchIndex } from '../../../src-renderer/db/search-index';
import { parseQuery } from '../../../src-renderer/domain/search-query';
import {
  entryHighlights,
  type SearchRequest,
  type SearchResults,
} from '../../../src-renderer/domain/search-results';
import { fakeContext, seedMeeting, type TestContext, useTestDatabases } from './support';

const open = useTestDatabases();

const ask = (text: string, more: Partial<SearchRequest> = {}): SearchRequest => ({
  text,
  bodyId: null,
  year: null,
  kinds: [],
  includeConfidential: false,
  order: 'relevance',
  limit: 100,
  ...more,
});

/** Every entry of the results, as "kind: heading | text". */
const entries = (results: SearchResults) =>
  results.groups.flatMap((g) =>
    g.entries.map((e) => `${e.kind}: ${e.heading} | ${e.text}`.replace(/\s+/g, ' ').trim()),
  );

async function setUp() {
  const ctx: TestContext = fakeContext(open());
  const { bodyId, meetingId } = await seedMeeting(ctx);
  const budget = await addItem(ctx, meetingId, { title: 'Annual budget' });
  const other = await addItem(ctx, meetingId, { title: 'Risk register' });
  const index = new SearchIndex(ctx.db);
  return { ctx, bodyId, meetingId, budget, other, index };
}

describe('the search index', () => {
  it('ranks a title above a passing mention, and groups results by meeting', async () => {
    const { ctx, budget, other, index } = await setUp();
    await addBlock(ctx, other, 'paragraph', {
      text: 'The register was reviewed; the budget was mentioned in passing among many other things of note.',
    });
    await addBlock(ctx, budget, 'paragraph', { text: 'Nothing about money here.' });
    await index.start();
    const results = index.search(ask('budget'));
    expect(entries(results)[0]).toBe('item: Annual budget |');
    expect(entries(results)).toHaveLength(2);
    expect(results.groups).toHaveLength(1);
    expect(results.groups[0]?.meeting?.number).toBe(30);
    expect(results.groups[0]?.bodyName).toBe('SEC Panel');
    index.close();
  });

  it('follows edits, additions and deletions as they are committed', async () => {
    const { ctx, budget, other, index } = await setUp();
    await index.start();
    const block = await addBlock(ctx, budget, 'paragraph', { text: 'The Llŷr depot sale' });
    await index.settled();
    expect(entries(index.search(ask('llyr')))).toEqual(['paragraph: | The Llŷr depot sale']);

    await updateBlock(ctx, block, { text: 'The Cardiff depot sale' });
    await index.settled();
    expect(entries(index.search(ask('llyr')))).toEqual([]);
    expect(entries(index.search(ask('cardiff')))).toHaveLength(1);

    await updateItem(ctx, other, { title: 'Cardiff office' });
    await index.settled();
    expect(entries(index.search(ask('cardiff')))).toHaveLength(2);

    await deleteBlock(ctx, block);
    await index.settled();
    expect(entries(index.search(ask('cardiff')))).toEqual(['item: Cardiff office |']);

    await deleteItem(ctx, other);
    await index.settled();
    expect(entries(index.search(ask('cardiff')))).toEqual([]);
    index.close();
  });

  it('finds decisions and actions, and opens each where it stands', async () => {
    const { ctx, meetingId, budget, index } = await setUp();
    await addBlock(ctx, budget, 'decisions', { text: 'the revised timetable' });
    const raised = await raiseAction(ctx, budget, { text: 'Circulate the revised timetable' });
    await index.start();
    const results = index.search(ask('timetable', { kinds: ['decision', 'action'] }));
    expect(entries(results).sort()).toEqual([
      'action: SECP30/01 SECAS | Circulate the revised timetable',
      'decision: NOTED | the revised timetable',
    ]);
    const action = results.groups[0]?.entries.find((e) => e.kind === 'action');
    expect(action?.target).toMatchObject({ screen: 'minutes', meetingId, itemId: budget });
    expect(action?.target.blockId).toBe(raised.blockId);
    index.close();
  });

  it('hides confidential text unless asked, then marks it, and follows a change of classification', async () => {
    const { ctx, budget, other, index } = await setUp();
    await addBlock(ctx, budget, 'paragraph', { text: 'Depot sale to Acme' });
    const secret = await addBlock(ctx, other, 'paragraph', { text: 'Depot sale price agreed' });
    await updateBlock(ctx, secret, { confidential: true });
    await index.start();
    expect(entries(index.search(ask('depot')))).toEqual(['paragraph: | Depot sale to Acme']);
    const all = index.search(ask('depot', { includeConfidential: true }));
    expect(all.groups[0]?.entries.map((e) => [e.text, e.confidential]).sort()).toEqual([
      ['Depot sale price agreed', true],
      ['Depot sale to Acme', false],
    ]);

    // The item becomes confidential: everything in it is, by the one rule.
    await updateItem(ctx, budget, { classification: 'confidential' });
    await index.settled();
    expect(entries(index.search(ask('depot')))).toEqual([]);
    expect(entries(index.search(ask('annual budget')))).toEqual([]);
    index.close();
  });

  it('filters by body, year and kind, and orders the newest meeting first', async () => {
    const { ctx, bodyId, budget, index } = await setUp();
    const later = await createMeeting(ctx, bodyId, {
      number: 31,
      date: '2017-01-12',
      startTime: '10:00',
      venue: 'London',
    });
    const item = await addItem(ctx, later, { title: 'Budget outturn' });
    await addBlock(ctx, item, 'paragraph', { text: 'The annual budget closed' });
    await addBlock(ctx, budget, 'paragraph', { text: 'The budget was set' });
    await index.start();
    const newest = index.search(ask('budget', { order: 'newest' }));
    expect(newest.groups.map((g) => g.meeting?.number)).toEqual([31, 30]);
    expect(entries(index.search(ask('budget', { year: 2016 })))).toEqual([
      'item: Annual budget |',
      'paragraph: | The budget was set',
    ]);
    expect(entries(index.search(ask('budget', { year: 2017, kinds: ['item'] })))).toEqual([
      'item: Budget outturn |',
    ]);
    expect(entries(index.search(ask('budget', { bodyId: 'no-such-body' })))).toEqual([]);
    expect(index.status().years).toEqual([2017, 2016]);
    index.close();
  });

  it('finds an exact phrase only where its words stand together, and highlights it', async () => {
    const { ctx, budget, index } = await setUp();
    await addBlock(ctx, budget, 'paragraph', { text: 'Noted the contents of the paper.' });
    await addBlock(ctx, budget, 'paragraph', { text: 'The paper set out its contents.' });
    await index.start();
    const results = index.search(ask('"contents of the paper"'));
    expect(entries(results)).toEqual(['paragraph: | Noted the contents of the paper.']);
    const entry = results.groups[0]?.entries[0];
    if (entry === undefined) throw new Error('no result');
    expect(
      entryHighlights(entry, parseQuery('"contents of the paper"').phrases).text.ranges,
    ).toEqual([{ start: 10, end: 31 }]);
    // Without quotes, both.
    expect(entries(index.search(ask('contents paper')))).toHaveLength(2);
    index.close();
  });
});
