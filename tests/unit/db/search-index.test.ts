import { describe, expect, it } from 'vitest';
import {
  addAmendment,
  addBlock,
  addInterest,
  addItem,
  createMeeting,
  deleteBlock,
  deleteItem,
  raiseAction,
  removeInterest,
  updateBlock,
  updateInterest,
  updateItem,
} from '../../../src-renderer/db';
import { SearchIndex } from '../../../src-renderer/db/search-index';
import { parseQuery } from '../../../src-renderer/domain/search-query';
import {
  entryHighlights,
  type SearchRequest,
  type SearchResults,
} from '../../../src-renderer/domain/search-results';
import { approve, fakeContext, seedMeeting, type TestContext, useTestDatabases } from './support';

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

  it('finds declarations of interest and amendments, hides confidential ones unless asked, and follows their edits', async () => {
    const { ctx, meetingId, budget, other, index } = await setUp();
    await index.start();
    const declared = await addInterest(ctx, meetingId, {
      memberId: null,
      name: 'Llŷr Jones',
      itemId: budget,
      interest: 'Director of a supplier of the depot',
      withdrew: false,
    });
    await addInterest(ctx, meetingId, {
      memberId: null,
      name: 'Ann Other',
      itemId: null,
      interest: 'Landlord of the depot',
      withdrew: true,
      confidential: true,
    });
    await index.settled();
    expect(entries(index.search(ask('depot')))).toEqual([
      'interest: Llŷr Jones | Director of a supplier of the depot',
    ]);
    expect(entries(index.search(ask('depot', { includeConfidential: true }))).sort()).toEqual([
      'interest: Ann Other | Landlord of the depot · Withdrew',
      'interest: Llŷr Jones | Director of a supplier of the depot',
    ]);
    const byName = index.search(ask('llyr', { kinds: ['interest'] })).groups[0]?.entries[0];
    expect(byName?.target).toMatchObject({ screen: 'attendance', meetingId });

    await updateInterest(ctx, declared, { interest: 'Director of a haulier' });
    await index.settled();
    expect(entries(index.search(ask('supplier')))).toEqual([]);
    expect(entries(index.search(ask('haulier')))).toHaveLength(1);
    await removeInterest(ctx, declared);
    await index.settled();
    expect(entries(index.search(ask('haulier')))).toEqual([]);

    // Amendments to the approved minutes: one to an item made confidential.
    await updateItem(ctx, other, { classification: 'confidential' });
    await approve(ctx, meetingId);
    const amendment = (reason: string, text: string, itemId: string) =>
      addAmendment(ctx, meetingId, { date: '2016-04-14', reason, text, itemId });
    await amendment('Typo in the tariff', 'The tariff rises by 2%.', budget);
    await amendment('Tariff figure', 'The tariff for the register is 3%.', other);
    await index.settled();
    const amended = index.search(ask('tariff', { kinds: ['amendment'] }));
    expect(entries(amended)).toEqual(['amendment: Typo in the tariff | The tariff rises by 2%.']);
    expect(amended.groups[0]?.entries[0]?.target).toMatchObject({ screen: 'agenda', meetingId });
    const all = index.search(ask('tariff', { kinds: ['amendment'], includeConfidential: true }));
    expect(all.groups[0]?.entries.map((e) => [e.heading, e.confidential]).sort()).toEqual([
      ['Tariff figure', true],
      ['Typo in the tariff', false],
    ]);
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
