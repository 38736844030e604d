import { describe, expect, it } from 'vitest';
import {
  addBlock,
  addItem,
  importArchive,
  MinutebookDb,
  updateBlock,
} from '../../../src-renderer/db';
import { retally } from '../../../src-renderer/db/repos/action-tallies';
import { changesIn } from '../../../src-renderer/db/search-changes';
import { SearchIndex } from '../../../src-renderer/db/search-index';
import type { SearchRequest } from '../../../src-renderer/domain/search-results';
import { referenceArchive } from '../reference-archive';
import { fakeContext, seedMeeting, useTestDatabases } from './support';

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

describe('where the index hears of changes', () => {
  it('hears edits made through another connection to the database (another window)', async () => {
    const ctx = fakeContext(open());
    const { meetingId } = await seedMeeting(ctx);
    const itemId = await addItem(ctx, meetingId, { title: 'Depot sale' });
    const index = new SearchIndex(ctx.db);
    await index.start();
    // A second connection, as the other window has.
    const other = new MinutebookDb(ctx.db.name);
    try {
      const block = await addBlock({ ...ctx, db: other }, itemId, 'paragraph', {
        text: 'Valuation by Llŷr',
      });
      await index.settled();
      expect(index.search(ask('valuation')).total).toBe(1);
      await updateBlock({ ...ctx, db: other }, block, { text: 'Survey' });
      await index.settled();
      expect(index.search(ask('valuation')).total).toBe(0);
    } finally {
      other.close();
      index.close();
    }
  });

  it('rebuilds after an archive import, then finds its decisions, actions and updates', async () => {
    const ctx = fakeContext(open());
    const index = new SearchIndex(ctx.db);
    await index.start();
    expect(index.search(ask('Certified Products')).total).toBe(0);
    const archive = referenceArchive();
    await importArchive(ctx, archive);
    await index.settled();
    const decisions = index.search(ask('verifying removal device', { kinds: ['decision'] }));
    expect(decisions.groups[0]?.entries.map((e) => e.heading)).toEqual(['APPROVED']);
    const updates = archive.bodies[0]?.actionUpdates ?? [];
    const update = updates.find((u) => !u.confidential);
    if (update === undefined) throw new Error('the reference archive has a public update');
    const words = update.text.split(/\s+/).slice(0, 4).join(' ');
    const found = index.search(ask(`"${words}"`, { kinds: ['update'], includeConfidential: true }));
    expect(found.groups.flatMap((g) => g.entries.map((e) => e.id))).toContain(
      `update:${update.id}`,
    );
    // Deleting the update (straight from the table: its meeting is approved) takes it out.
    await ctx.db.transaction('rw', ctx.db.actions, ctx.db.actionUpdates, async () => {
      await ctx.db.actionUpdates.delete(update.id);
      await retally(ctx.db, [update.actionId]);
    });
    await index.settled();
    const after = index.search(ask(`"${words}"`, { kinds: ['update'], includeConfidential: true }));
    expect(after.groups.flatMap((g) => g.entries.map((e) => e.id))).not.toContain(
      `update:${update.id}`,
    );
    expect(index.status()).toMatchObject({ state: 'ready', bodies: [{ name: 'SEC Panel' }] });
    index.close();
  });

  it('reads the rows a change names, and "everything" when it names a range', () => {
    const key = (id: string) => ({ from: id, to: id, d: 1 });
    const parts = {
      'idb://mb/itemMinutes/': { ...key('b'), l: key('a'), d: 2 },
      'idb://mb/itemMinutes/meetingId': key('i'),
      'idb://mb/members/': key('x'),
      'idb://other/agendaItems/': key('z'),
    };
    const changes = changesIn(parts, 'mb');
    expect(changes.everything).toBe(false);
    expect([...changes.rows]).toEqual([['itemMinutes', new Set(['b', 'a'])]]);
    expect(
      changesIn({ 'idb://mb/actions/': { from: -Infinity, to: [[]], d: 1 } }, 'mb'),
    ).toMatchObject({ everything: true });
    expect(changesIn({ all: { from: -Infinity, to: [[]], d: 1 } }, 'mb').everything).toBe(true);
  });
});
