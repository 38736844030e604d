import { describe, expect, it } from 'vitest';
import {
  addActionsOutstandingItem,
  addItem,
  addStandingItems,
  createMeeting,
  deleteItem,
  moveItem,
  moveItemTo,
  raiseAction,
  restoreItems,
  setMeetingStatus,
  updateItem,
  type ItemPatch,
} from '../../../src-renderer/db';
import {
  byPosition,
  limits,
  numberAgenda,
  type AgendaItem,
  type Classification,
  type Id,
  type ItemStatus,
} from '../../../src-renderer/domain';
import {
  approve,
  expectDataError,
  fakeContext,
  meeting30,
  paragraph,
  seedMeeting,
  snapshot,
  useTestDatabases,
  type TestContext,
} from './support';
import { addBlocks, allBlocks, countBlocks, putBlocks } from '../../../src-renderer/db/block-store';

const open = useTestDatabases();

/** A meeting with the given top-level items, each added a minute after the last. */
async function meetingWith(
  titles: readonly string[],
  ctx: TestContext = fakeContext(open()),
): Promise<{ ctx: TestContext; meetingId: Id; ids: Id[] }> {
  const { meetingId } = await seedMeeting(ctx);
  const ids: Id[] = [];
  for (const title of titles) {
    ctx.advance();
    ids.push(await addItem(ctx, meetingId, { title }));
  }
  return { ctx, meetingId, ids };
}

async function items(ctx: TestContext, meetingId: Id): Promise<AgendaItem[]> {
  return (await ctx.db.agendaItems.where('meetingId').equals(meetingId).toArray()).sort(byPosition);
}

/** The agenda as the app shows it: "number title", indented by depth. */
async function outline(ctx: TestContext, meetingId: Id): Promise<string[]> {
  return numberAgenda(await items(ctx, meetingId)).map(
    (n) => `${'  '.repeat(n.depth)}${n.number} ${n.item.title}`,
  );
}

function byId(rows: readonly AgendaItem[]): Map<Id, AgendaItem> {
  return new Map(rows.map((r) => [r.id, r]));
}

describe('addItem', () => {
  it('stores a pending public item with audit fields and returns its id', async () => {
    const ctx = fakeContext(open(), { user: 'SECAS', idPrefix: 'n' });
    const { meetingId } = await seedMeeting(ctx);
    const at = ctx.advance();
    const id = await addItem(ctx, meetingId, { title: '  Actions   outstanding ' });
    expect(id).toBe('n-0003');
    const item = await ctx.db.agendaItems.get(id);
    expect(item).toEqual({
      id,
      meetingId,
      parentId: null,
      position: expect.any(String) as unknown,
      title: 'Actions outstanding',
      presenter: '',
      paperRefs: [],
      classification: 'public',
      exemption: '',
      plannedMinutes: null,
      status: 'pending',
      publicSummary: '',
      kind: 'standard',
      standing: false,
      startedAt: null,
      spentSeconds: 0,
      createdAt: at,
      updatedAt: at,
      updatedBy: 'SECAS',
    });
  });

  it('appends each new item at the end, whatever the ids', async () => {
    const ctx = fakeContext(open(), { idPrefix: 'z' });
    const { meetingId, ids } = await meetingWith(
      ['Welcome', 'Minutes of the last meeting', 'Actions outstanding', 'AOB'],
      ctx,
    );
    expect(await outline(ctx, meetingId)).toEqual([
      '1 Welcome',
      '2 Minutes of the last meeting',
      '3 Actions outstanding',
      '4 AOB',
    ]);
    const positions = (await items(ctx, meetingId)).map((i) => i.position);
    expect(new Set(positions).size).toBe(ids.length);
  });

  it('appends after an item that was moved to the end', async () => {
    const { ctx, meetingId, ids } = await meetingWith(['A', 'B', 'C']);
    await moveItem(ctx, ids[0] ?? '', 1);
    await moveItem(ctx, ids[0] ?? '', 1);
    await addItem(ctx, meetingId, { title: 'D' });
    expect(await outline(ctx, meetingId)).toEqual(['1 B', '2 C', '3 A', '4 D']);
  });

  it('adds sub-items at the end of their own parent, numbered 1.1, 1.2', async () => {
    const { ctx, meetingId, ids } = await meetingWith(['Actions outstanding', 'AOB']);
    const [actions, aob] = ids;
    await addItem(ctx, meetingId, { title: 'SECP22/08', parentId: actions });
    await addItem(ctx, meetingId, { title: 'Anything from members', parentId: aob });
    const secp29 = await addItem(ctx, meetingId, { title: 'SECP29/01', parentId: actions });
    await addItem(ctx, meetingId, { title: 'Detail', parentId: secp29 });
    await addItem(ctx, meetingId, { title: 'Close' });
    expect(await outline(ctx, meetingId)).toEqual([
      '1 Actions outstanding',
      '  1.1 SECP22/08',
      '  1.2 SECP29/01',
      '    1.2.1 Detail',
      '2 AOB',
      '  2.1 Anything from members',
      '3 Close',
    ]);
    expect((await ctx.db.agendaItems.get(secp29))?.parentId).toBe(actions);
  });

  it('keeps each meeting’s items apart', async () => {
    const ctx = fakeContext(open());
    const { meetingId: first } = await seedMeeting(ctx);
    const { meetingId: second } = await seedMeeting(ctx);
    await addItem(ctx, first, { title: 'One' });
    await addItem(ctx, second, { title: 'Other' });
    await addItem(ctx, first, { title: 'Two' });
    expect(await outline(ctx, first)).toEqual(['1 One', '2 Two']);
    expect(await outline(ctx, second)).toEqual(['1 Other']);
  });

  it('stores Unicode and non-space control characters in the title exactly', async () => {
    const { ctx, meetingId } = await meetingWith([]);
    const title = 'Pwyllgor Ŵyŷ — 会議 🗳️ e\u0301 \u0007\u0000\u200b\u202e';
    const id = await addItem(ctx, meetingId, { title });
    expect((await ctx.db.agendaItems.get(id))?.title).toBe(title);
  });

  it.each([
    ['an empty title', '', 'Title is required.'],
    ['a white-space title', ' \n\t ', 'Title is required.'],
    ['a 200 KB title', 't'.repeat(200 * 1024), 'Title is too long (500 characters at most).'],
  ])('refuses %s with a clear message, writing nothing', async (_, title, message) => {
    const { ctx, meetingId } = await meetingWith(['Existing']);
    const before = await snapshot(ctx.db);
    await expectDataError(addItem(ctx, meetingId, { title }), 'invalid', message);
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('refuses an unknown meeting or parent with not-found, writing nothing', async () => {
    const { ctx, meetingId } = await meetingWith(['Existing']);
    const other = await seedMeeting(ctx);
    const otherItem = await addItem(ctx, other.meetingId, { title: 'Elsewhere' });
    const before = await snapshot(ctx.db);
    await expectDataError(addItem(ctx, 'no-meeting', { title: 'X' }), 'not-found');
    await expectDataError(
      addItem(ctx, meetingId, { title: 'X', parentId: 'no-item' }),
      'not-found',
      'The parent item no longer exists.',
    );
    // A parent from another meeting is no parent here.
    await expectDataError(
      addItem(ctx, meetingId, { title: 'X', parentId: otherItem }),
      'not-found',
    );
    expect(await snapshot(ctx.db)).toEqual(before);
  });
});

describe('updateItem', () => {
  it('changes only the given fields and records who changed it and when', async () => {
    const { ctx, ids } = await meetingWith(['Consultation responses', 'AOB']);
    const id = ids[0] ?? '';
    const before = await snapshot(ctx.db);
    const item = await ctx.db.agendaItems.get(id);
    const at = ctx.advance();
    ctx.setUser('Chair');
    const patch: ItemPatch = {
      presenter: 'SECAS',
      classification: 'confidential',
      publicSummary: 'The Panel discussed the responses.',
      plannedMinutes: 20,
      paperRefs: ['SECP_30_1003_04'],
      status: 'current',
    };
    await updateItem(ctx, id, patch);
    expect(await ctx.db.agendaItems.get(id)).toEqual({
      ...item,
      ...patch,
      updatedAt: at,
      updatedBy: 'Chair',
    });
    // No other row moved.
    const after = await snapshot(ctx.db);
    expect(after.agendaItems?.filter((r) => (r as AgendaItem).id !== id)).toEqual(
      before.agendaItems?.filter((r) => (r as AgendaItem).id !== id),
    );
    expect(after.meetings).toEqual(before.meetings);
  });

  it('stores text exactly as typed, including Unicode, control characters and new lines', async () => {
    const { ctx, ids } = await meetingWith(['Item']);
    const id = ids[0] ?? '';
    const publicSummary = 'Line one\n- bullet Ŵ\n\u0007\u0000\tend  ';
    await updateItem(ctx, id, { presenter: 'Dafydd ap Gwilym 🎤', publicSummary });
    const item = await ctx.db.agendaItems.get(id);
    expect(item?.presenter).toBe('Dafydd ap Gwilym 🎤');
    expect(item?.publicSummary).toBe(publicSummary);
  });

  it('accepts a public summary up to the long-text limit', async () => {
    const { ctx, ids } = await meetingWith(['Item']);
    const id = ids[0] ?? '';
    await updateItem(ctx, id, { publicSummary: 's'.repeat(limits.longText) });
    expect((await ctx.db.agendaItems.get(id))?.publicSummary).toHaveLength(limits.longText);
  });

  it('refuses an unknown item with not-found', async () => {
    const { ctx } = await meetingWith(['Item']);
    const before = await snapshot(ctx.db);
    await expectDataError(
      updateItem(ctx, 'nope', { title: 'X' }),
      'not-found',
      'That agenda item no longer exists.',
    );
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  describe('bounds and checks what it stores, as addItem does', () => {
    it.each<[string, ItemPatch]>([
      ['a 200 KB title', { title: 't'.repeat(200 * 1024) }],
      ['a 200 KB presenter', { presenter: 'p'.repeat(200 * 1024) }],
      [
        'a public summary over the long-text limit',
        { publicSummary: 's'.repeat(limits.longText + 1) },
      ],
      ['a 200 KB paper reference', { paperRefs: ['r'.repeat(200 * 1024)] }],
      ['an unknown classification', { classification: 'secret' as Classification }],
      ['negative planned minutes', { plannedMinutes: -5 }],
      ['fractional planned minutes', { plannedMinutes: 1.5 }],
      ['an unknown status', { status: 'archived' as ItemStatus }],
    ])('refuses %s, writing nothing', async (_, patch) => {
      const { ctx, ids } = await meetingWith(['Item']);
      const before = await snapshot(ctx.db);
      await expectDataError(updateItem(ctx, ids[0] ?? '', patch), 'invalid');
      expect(await snapshot(ctx.db)).toEqual(before);
    });
  });
});

describe('moveItem', () => {
  it('moves an item up one place and writes only the moved row', async () => {
    const { ctx, meetingId, ids } = await meetingWith(['A', 'B', 'C', 'D']);
    const c = ids[2] ?? '';
    const before = byId(await items(ctx, meetingId));
    const at = ctx.advance();
    ctx.setUser('Chair');
    await moveItem(ctx, c, -1);
    expect(await outline(ctx, meetingId)).toEqual(['1 A', '2 C', '3 B', '4 D']);
    const after = byId(await items(ctx, meetingId));
    for (const [id, row] of before) {
      if (id === c) {
        expect(after.get(id)).toEqual({
          ...row,
          position: expect.any(String) as unknown,
          updatedAt: at,
          updatedBy: 'Chair',
        });
        expect(after.get(id)?.position).not.toBe(row.position);
      } else {
        expect(after.get(id), `row ${row.title}`).toEqual(row);
      }
    }
  });

  it('moves an item down one place', async () => {
    const { ctx, meetingId, ids } = await meetingWith(['A', 'B', 'C']);
    await moveItem(ctx, ids[0] ?? '', 1);
    expect(await outline(ctx, meetingId)).toEqual(['1 B', '2 A', '3 C']);
  });

  it('leaves the first item moved up, and the last moved down, untouched', async () => {
    const { ctx, ids } = await meetingWith(['A', 'B', 'C']);
    const before = await snapshot(ctx.db);
    ctx.advance();
    await moveItem(ctx, ids[0] ?? '', -1);
    await moveItem(ctx, ids[2] ?? '', 1);
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('moves a sub-item only among its siblings, and its parent with its sub-items', async () => {
    const { ctx, meetingId, ids } = await meetingWith(['A', 'B']);
    const [a, b] = ids;
    const a1 = await addItem(ctx, meetingId, { title: 'A1', parentId: a });
    await addItem(ctx, meetingId, { title: 'A2', parentId: a });
    await addItem(ctx, meetingId, { title: 'B1', parentId: b });
    // A1 is first among A's sub-items: it cannot leave A by moving up.
    await moveItem(ctx, a1, -1);
    expect(await outline(ctx, meetingId)).toEqual([
      '1 A',
      '  1.1 A1',
      '  1.2 A2',
      '2 B',
      '  2.1 B1',
    ]);
    await moveItem(ctx, a1, 1);
    expect(await outline(ctx, meetingId)).toEqual([
      '1 A',
      '  1.1 A2',
      '  1.2 A1',
      '2 B',
      '  2.1 B1',
    ]);
    await moveItem(ctx, b ?? '', -1);
    expect(await outline(ctx, meetingId)).toEqual([
      '1 B',
      '  1.1 B1',
      '2 A',
      '  2.1 A2',
      '  2.2 A1',
    ]);
  });

  it('follows a plain array through 100 moves back and forth', async () => {
    const titles = ['A', 'B', 'C', 'D', 'E', 'F'];
    const { ctx, meetingId, ids } = await meetingWith(titles);
    const expected = [...titles];
    let seed = 30;
    for (let step = 0; step < 100; step++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const index = seed % titles.length;
      const direction = (seed >> 8) % 2 === 0 ? -1 : 1;
      const title = titles[index] ?? '';
      const from = expected.indexOf(title);
      const to = from + direction;
      if (to >= 0 && to < expected.length) {
        expected[from] = expected[to] ?? '';
        expected[to] = title;
      }
      await moveItem(ctx, ids[index] ?? '', direction);
    }
    expect((await items(ctx, meetingId)).map((i) => i.title)).toEqual(expected);
  });

  it('moves items whose positions are equal (two windows appended at once) without failing', async () => {
    const { ctx, meetingId, ids } = await meetingWith(['A', 'B']);
    const [a, b] = ids;
    const position = (await ctx.db.agendaItems.get(a ?? ''))?.position ?? '';
    await ctx.db.agendaItems.update(b ?? '', { position });
    await moveItem(ctx, b ?? '', -1);
    expect(await outline(ctx, meetingId)).toEqual(['1 B', '2 A']);
    await moveItem(ctx, b ?? '', 1);
    expect(await outline(ctx, meetingId)).toEqual(['1 A', '2 B']);
  });

  it('refuses an unknown item with not-found', async () => {
    const { ctx } = await meetingWith(['A']);
    await expectDataError(moveItem(ctx, 'nope', 1), 'not-found');
  });
});

describe('deleteItem and restoreItems', () => {
  /** Welcome; Actions (with 1.1, 1.2 and 1.2.1); AOB — each with a paragraph of minutes. */
  async function agendaWithMinutes() {
    const { ctx, meetingId, ids } = await meetingWith(['Welcome', 'Actions', 'AOB']);
    const [welcome, actions, aob] = ids as [Id, Id, Id];
    const sub1 = await addItem(ctx, meetingId, { title: 'SECP22/08', parentId: actions });
    const sub2 = await addItem(ctx, meetingId, { title: 'SECP29/01', parentId: actions });
    const subSub = await addItem(ctx, meetingId, { title: 'Detail', parentId: sub2 });
    const blocks = [
      paragraph(ctx, meetingId, welcome, 'The Chair welcomed members.'),
      paragraph(ctx, meetingId, actions, 'The Panel NOTED the actions.'),
      paragraph(ctx, meetingId, sub1, 'Published.', 'a0'),
      paragraph(ctx, meetingId, sub1, 'Closed.', 'a1'),
      paragraph(ctx, meetingId, subSub, 'Ŵyŷ \u0007 detail'),
      paragraph(ctx, meetingId, aob, 'None.'),
    ];
    await addBlocks(ctx.db, blocks);
    return { ctx, meetingId, welcome, actions, aob, sub1, sub2, subSub };
  }

  it('deletes an item with all its sub-items and their minutes, and returns them', async () => {
    const { ctx, meetingId, actions, sub1, sub2, subSub } = await agendaWithMinutes();
    const before = await snapshot(ctx.db);
    const removed = await deleteItem(ctx, actions);
    expect(removed.items.map((i) => i.id).sort()).toEqual([actions, sub1, sub2, subSub].sort());
    expect(removed.blocks.map((b) => ('text' in b ? b.text : '')).sort()).toEqual(
      ['Closed.', 'Published.', 'The Panel NOTED the actions.', 'Ŵyŷ \u0007 detail'].sort(),
    );
    // What was returned is exactly what was stored.
    expect([...removed.items].sort(byPosition)).toEqual(
      (before.agendaItems as AgendaItem[])
        .filter((i) => removed.items.some((r) => r.id === i.id))
        .sort(byPosition),
    );
    expect(await outline(ctx, meetingId)).toEqual(['1 Welcome', '2 AOB']);
    const left = await allBlocks(ctx.db);
    expect(left.map((b) => ('text' in b ? b.text : '')).sort()).toEqual(
      ['None.', 'The Chair welcomed members.'].sort(),
    );
  });

  it('deletes only a sub-item’s own branch', async () => {
    const { ctx, meetingId, sub2 } = await agendaWithMinutes();
    const removed = await deleteItem(ctx, sub2);
    expect(removed.items.map((i) => i.title).sort()).toEqual(['Detail', 'SECP29/01']);
    expect(await outline(ctx, meetingId)).toEqual([
      '1 Welcome',
      '2 Actions',
      '  2.1 SECP22/08',
      '3 AOB',
    ]);
    expect(await countBlocks(ctx.db)).toBe(5);
  });

  it('restores exactly the rows it deleted', async () => {
    const { ctx, meetingId, actions } = await agendaWithMinutes();
    const before = await snapshot(ctx.db);
    const removed = await deleteItem(ctx, actions);
    ctx.advance();
    ctx.setUser('Someone else');
    await restoreItems(ctx, removed);
    expect(await snapshot(ctx.db)).toEqual(before);
    expect(await outline(ctx, meetingId)).toEqual([
      '1 Welcome',
      '2 Actions',
      '  2.1 SECP22/08',
      '  2.2 SECP29/01',
      '    2.2.1 Detail',
      '3 AOB',
    ]);
  });

  it('takes the declarations of interest in the removed items along, and brings them back', async () => {
    const { ctx, meetingId, actions, subSub, aob } = await agendaWithMinutes();
    const declaration = (id: string, itemId: Id) => ({
      id,
      meetingId,
      itemId,
      memberId: null,
      name: 'Helen Brooks',
      interest: 'Director of a supplier named in the paper',
      withdrew: true,
      confidential: false,
      position: 'a0',
      createdAt: '2016-03-10T10:00:00.000Z',
      updatedAt: '2016-03-10T10:00:00.000Z',
      updatedBy: 'SECAS',
    });
    await ctx.db.interests.bulkAdd([declaration('in-sub', subSub), declaration('in-aob', aob)]);
    const before = await snapshot(ctx.db);
    const removed = await deleteItem(ctx, actions);
    expect(removed.interests.map((d) => d.id)).toEqual(['in-sub']);
    expect((await ctx.db.interests.toArray()).map((d) => d.id)).toEqual(['in-aob']);
    await restoreItems(ctx, removed);
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('restores after the database is closed and reopened', async () => {
    const { ctx, actions } = await agendaWithMinutes();
    const before = await snapshot(ctx.db);
    const removed = await deleteItem(ctx, actions);
    ctx.db.close();
    const again = fakeContext(open(ctx.db.name));
    await restoreItems(again, removed);
    expect(await snapshot(again.db)).toEqual(before);
  });

  it('returns nothing for an item that is already gone, and restoring nothing does nothing', async () => {
    const { ctx, actions } = await agendaWithMinutes();
    await deleteItem(ctx, actions);
    const before = await snapshot(ctx.db);
    const again = await deleteItem(ctx, actions);
    expect(again).toEqual({ items: [], blocks: [], actions: [], interests: [] });
    await restoreItems(ctx, again);
    expect(await snapshot(ctx.db)).toEqual(before);
  });
});

describe('approved minutes are locked', () => {
  async function approvedAgenda() {
    const { ctx, meetingId, ids } = await meetingWith(['A', 'B', 'C']);
    const [a] = ids as [Id, Id, Id];
    const sub = await addItem(ctx, meetingId, { title: 'A1', parentId: a });
    await putBlocks(ctx.db, [paragraph(ctx, meetingId, sub, 'Minuted.')]);
    // Deleted before approval, so there is something to restore afterwards.
    const removed = await deleteItem(ctx, ids[2] ?? '');
    await approve(ctx, meetingId);
    ctx.advance();
    return { ctx, meetingId, ids, sub, removed, before: await snapshot(ctx.db) };
  }

  it('refuses addItem, for an item and a sub-item', async () => {
    const { ctx, meetingId, ids, before } = await approvedAgenda();
    await expectDataError(
      addItem(ctx, meetingId, { title: 'Late item' }),
      'locked',
      /approved and locked/,
    );
    await expectDataError(addItem(ctx, meetingId, { title: 'Late', parentId: ids[0] }), 'locked');
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('refuses updateItem', async () => {
    const { ctx, ids, before } = await approvedAgenda();
    await expectDataError(updateItem(ctx, ids[0] ?? '', { title: 'Changed' }), 'locked');
    await expectDataError(updateItem(ctx, ids[1] ?? '', { status: 'done' }), 'locked');
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('refuses moveItem, even where the move would do nothing', async () => {
    const { ctx, ids, sub, before } = await approvedAgenda();
    await expectDataError(moveItem(ctx, ids[1] ?? '', -1), 'locked');
    await expectDataError(moveItem(ctx, ids[0] ?? '', -1), 'locked');
    await expectDataError(moveItem(ctx, sub, 1), 'locked');
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('refuses deleteItem, keeping the item, its sub-items and their minutes', async () => {
    const { ctx, ids, before } = await approvedAgenda();
    await expectDataError(deleteItem(ctx, ids[0] ?? ''), 'locked');
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('refuses restoreItems', async () => {
    const { ctx, removed, before } = await approvedAgenda();
    expect(removed.items).toHaveLength(1);
    await expectDataError(restoreItems(ctx, removed), 'locked');
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('stays locked: setMeetingStatus cannot unlock it', async () => {
    const { ctx, meetingId } = await approvedAgenda();
    await expectDataError(setMeetingStatus(ctx, meetingId, 'held'), 'locked');
    await expectDataError(addItem(ctx, meetingId, { title: 'Still locked' }), 'locked');
  });

  it('allows writes while held, before approval', async () => {
    const { ctx, meetingId, ids } = await meetingWith(['A', 'B']);
    await setMeetingStatus(ctx, meetingId, 'live');
    await setMeetingStatus(ctx, meetingId, 'held');
    await updateItem(ctx, ids[0] ?? '', { status: 'done' });
    await moveItem(ctx, ids[1] ?? '', -1);
    await addItem(ctx, meetingId, { title: 'C' });
    const removed = await deleteItem(ctx, ids[0] ?? '');
    await restoreItems(ctx, removed);
    expect(await outline(ctx, meetingId)).toEqual(['1 B', '2 A', '3 C']);
  });
});

describe('persistence', () => {
  it('keeps the agenda, exactly, when the database is closed and reopened', async () => {
    const name = crypto.randomUUID();
    const ctx = fakeContext(open(name));
    const { meetingId, ids } = await meetingWith(['Welcome', 'Pwyllgor Ŵyŷ \u0007', 'AOB'], ctx);
    await addItem(ctx, meetingId, { title: 'Sub', parentId: ids[1] });
    await moveItem(ctx, ids[2] ?? '', -1);
    await updateItem(ctx, ids[0] ?? '', { presenter: 'Chair', plannedMinutes: 5 });
    const before = await snapshot(ctx.db);
    ctx.db.close();
    const again = fakeContext(open(name));
    expect(await snapshot(again.db)).toEqual(before);
    expect(await outline(again, meetingId)).toEqual([
      '1 Welcome',
      '2 AOB',
      '3 Pwyllgor Ŵyŷ \u0007',
      '  3.1 Sub',
    ]);
  });
});

describe('moveItemTo (a drop among siblings)', () => {
  it('moves an item between its new neighbours and writes only the moved row', async () => {
    const { ctx, meetingId, ids } = await meetingWith(['A', 'B', 'C', 'D', 'E']);
    const [a, b, c, d, e] = ids as [Id, Id, Id, Id, Id];
    const before = byId(await items(ctx, meetingId));
    const at = ctx.advance();
    ctx.setUser('Chair');
    await moveItemTo(ctx, e, a, b);
    expect(await outline(ctx, meetingId)).toEqual(['1 A', '2 E', '3 B', '4 C', '5 D']);
    const after = byId(await items(ctx, meetingId));
    for (const [id, row] of before) {
      if (id === e) expect(after.get(id)).toMatchObject({ updatedAt: at, updatedBy: 'Chair' });
      else expect(after.get(id), `row ${row.title}`).toEqual(row);
    }
    await moveItemTo(ctx, a, d, null);
    expect(await outline(ctx, meetingId)).toEqual(['1 E', '2 B', '3 C', '4 D', '5 A']);
    await moveItemTo(ctx, c, null, e);
    expect(await outline(ctx, meetingId)).toEqual(['1 C', '2 E', '3 B', '4 D', '5 A']);
  });

  it('writes nothing for a drop where the item already is', async () => {
    const { ctx, ids } = await meetingWith(['A', 'B', 'C']);
    const [a, b, c] = ids as [Id, Id, Id];
    const before = await snapshot(ctx.db);
    ctx.advance();
    await moveItemTo(ctx, b, a, c);
    await moveItemTo(ctx, a, null, b);
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('follows a plain array through 100 random drops', async () => {
    const titles = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
    const { ctx, meetingId, ids } = await meetingWith(titles);
    const idOf = new Map(titles.map((t, i) => [t, ids[i] ?? '']));
    const expected = [...titles];
    let seed = 29;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let step = 0; step < 100; step++) {
      const title = titles[next() % titles.length] ?? '';
      expected.splice(expected.indexOf(title), 1);
      const to = next() % (expected.length + 1);
      expected.splice(to, 0, title);
      const above = expected[to - 1];
      const below = expected[to + 1];
      await moveItemTo(
        ctx,
        idOf.get(title) ?? '',
        above === undefined ? null : (idOf.get(above) ?? ''),
        below === undefined ? null : (idOf.get(below) ?? ''),
      );
    }
    expect((await items(ctx, meetingId)).map((i) => i.title)).toEqual(expected);
  });

  it('lands between two siblings with equal keys, re-keying only the rest of that run', async () => {
    const { ctx, meetingId, ids } = await meetingWith(['A', 'B', 'C', 'D']);
    const [a, b, c, d] = ids as [Id, Id, Id, Id];
    // Two windows appended B, C and D at once: all three share one key.
    const shared = (await ctx.db.agendaItems.get(b))?.position ?? '';
    await ctx.db.agendaItems.update(c, { position: shared });
    await ctx.db.agendaItems.update(d, { position: shared });
    expect(await outline(ctx, meetingId)).toEqual(['1 A', '2 B', '3 C', '4 D']);
    const before = byId(await items(ctx, meetingId));
    await moveItemTo(ctx, a, b, c);
    expect(await outline(ctx, meetingId)).toEqual(['1 B', '2 A', '3 C', '4 D']);
    const after = byId(await items(ctx, meetingId));
    // B, ahead of the drop, is untouched; C and D, after it in the run, took new keys.
    expect(after.get(b)).toEqual(before.get(b));
    expect(after.get(c)?.position).not.toBe(shared);
    expect(after.get(d)?.position).not.toBe(shared);
    // Every later move still works.
    await moveItemTo(ctx, d, null, b);
    await moveItemTo(ctx, b, c, null);
    expect(await outline(ctx, meetingId)).toEqual(['1 D', '2 A', '3 C', '4 B']);
  });

  it('lands after a run of equal keys, and ahead of one, with one write', async () => {
    const { ctx, meetingId, ids } = await meetingWith(['A', 'B', 'C']);
    const [a, b, c] = ids as [Id, Id, Id];
    const shared = (await ctx.db.agendaItems.get(a))?.position ?? '';
    await ctx.db.agendaItems.update(b, { position: shared });
    const before = byId(await items(ctx, meetingId));
    await moveItemTo(ctx, c, null, a);
    expect(await outline(ctx, meetingId)).toEqual(['1 C', '2 A', '3 B']);
    expect(byId(await items(ctx, meetingId)).get(b)).toEqual(before.get(b));
    await moveItemTo(ctx, c, b, null);
    expect(await outline(ctx, meetingId)).toEqual(['1 A', '2 B', '3 C']);
  });

  it('moves a sub-item among its own siblings only', async () => {
    const { ctx, meetingId, ids } = await meetingWith(['A', 'B']);
    const [a, b] = ids as [Id, Id];
    const a1 = await addItem(ctx, meetingId, { title: 'A1', parentId: a });
    const a2 = await addItem(ctx, meetingId, { title: 'A2', parentId: a });
    await addItem(ctx, meetingId, { title: 'B1', parentId: b });
    await moveItemTo(ctx, a1, a2, null);
    expect(await outline(ctx, meetingId)).toEqual([
      '1 A',
      '  1.1 A2',
      '  1.2 A1',
      '2 B',
      '  2.1 B1',
    ]);
    // A neighbour from another parent is no neighbour: refused, nothing written.
    const before = await snapshot(ctx.db);
    await expectDataError(moveItemTo(ctx, a1, b, null), 'conflict', /moved or gone/);
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('uses the other neighbour when one has gone, and refuses when both have', async () => {
    const { ctx, meetingId, ids } = await meetingWith(['A', 'B', 'C']);
    const [a, b, c] = ids as [Id, Id, Id];
    await moveItemTo(ctx, c, 'deleted-elsewhere', a);
    expect(await outline(ctx, meetingId)).toEqual(['1 C', '2 A', '3 B']);
    await expectDataError(moveItemTo(ctx, c, 'gone', 'gone-too'), 'conflict');
    await expectDataError(moveItemTo(ctx, c, null, null), 'conflict');
    await expectDataError(moveItemTo(ctx, 'nope', a, b), 'not-found');
  });
});

describe('standing items', () => {
  /** Meeting 29 with standing and other items, meeting 28 before it, and meeting 30 after. */
  async function threeMeetings() {
    const ctx = fakeContext(open());
    const { bodyId, meetingId: m30 } = await seedMeeting(ctx);
    const m28 = await createMeeting(ctx, bodyId, { ...meeting30, number: 28 });
    const m29 = await createMeeting(ctx, bodyId, { ...meeting30, number: 29 });
    await updateItem(ctx, await addItem(ctx, m28, { title: 'Old standing' }), { standing: true });
    const ao = await addActionsOutstandingItem(ctx, m29);
    await updateItem(ctx, ao, { presenter: 'SECAS', plannedMinutes: 10, paperRefs: ['P1'] });
    const sub = await addItem(ctx, m29, { title: 'SECP22/08', parentId: ao });
    await updateItem(ctx, sub, { presenter: 'DCC', classification: 'confidential' });
    await addItem(ctx, m29, { title: 'Detail', parentId: sub });
    await addItem(ctx, m29, { title: 'Risk Register' });
    const aob = await addItem(ctx, m29, { title: 'Any Other Business' });
    await updateItem(ctx, aob, { standing: true, plannedMinutes: 5, presenter: 'Chair' });
    await putBlocks(ctx.db, [paragraph(ctx, m29, aob, 'None raised.')]);
    return { ctx, bodyId, m28, m29, m30 };
  }

  it('stores the Standing item tick', async () => {
    const { ctx, ids } = await meetingWith(['AOB']);
    await updateItem(ctx, ids[0] ?? '', { standing: true });
    expect((await ctx.db.agendaItems.get(ids[0] ?? ''))?.standing).toBe(true);
    const before = await snapshot(ctx.db);
    await expectDataError(
      updateItem(ctx, ids[0] ?? '', { standing: 'yes' as unknown as boolean }),
      'invalid',
    );
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('copies the previous meeting’s standing items with their sub-items, not their minutes', async () => {
    const { ctx, m29, m30 } = await threeMeetings();
    await addItem(ctx, m30, { title: 'Welcome' });
    const blocks = await countBlocks(ctx.db);
    const at = ctx.advance();
    const result = await addStandingItems(ctx, m30);
    expect(result).toEqual({ from: 29, added: 4, skipped: [] });
    expect(await outline(ctx, m30)).toEqual([
      '1 Welcome',
      '2 Minutes and Actions Outstanding',
      '  2.1 SECP22/08',
      '    2.1.1 Detail',
      '3 Any Other Business',
    ]);
    const copied = await items(ctx, m30);
    const ao = copied.find((i) => i.kind === 'actions-outstanding');
    expect(ao).toMatchObject({
      presenter: 'SECAS',
      plannedMinutes: 10,
      paperRefs: [],
      standing: true,
      createdAt: at,
    });
    expect(copied.find((i) => i.title === 'SECP22/08')).toMatchObject({
      parentId: ao?.id,
      presenter: 'DCC',
      classification: 'confidential',
    });
    expect(copied.find((i) => i.title === 'Any Other Business')).toMatchObject({
      presenter: 'Chair',
      plannedMinutes: 5,
      status: 'pending',
    });
    expect(await countBlocks(ctx.db)).toBe(blocks);
    // Meeting 29 itself is unchanged.
    expect((await items(ctx, m29)).every((i) => i.meetingId === m29)).toBe(true);
    expect(await items(ctx, m29)).toHaveLength(5);
  });

  it('adds nothing twice when run again', async () => {
    const { ctx, m30 } = await threeMeetings();
    await addStandingItems(ctx, m30);
    const before = await snapshot(ctx.db);
    const again = await addStandingItems(ctx, m30);
    expect(again).toEqual({
      from: 29,
      added: 0,
      skipped: ['Minutes and Actions Outstanding', 'Any Other Business'],
    });
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('takes the highest earlier meeting, whatever the order of creation', async () => {
    const { ctx, bodyId, m29 } = await threeMeetings();
    const m31 = await createMeeting(ctx, bodyId, { ...meeting30, number: 31 });
    const result = await addStandingItems(ctx, m29);
    expect(result.from).toBe(28);
    expect(await outline(ctx, m29)).toContain('4 Old standing');
    await expect(addStandingItems(ctx, m31)).resolves.toMatchObject({ from: 30, added: 0 });
  });

  it('refuses the first meeting of a body, writing nothing', async () => {
    const { ctx, m28 } = await threeMeetings();
    const before = await snapshot(ctx.db);
    await expectDataError(addStandingItems(ctx, m28), 'not-found', /no meeting before meeting 28/);
    expect(await snapshot(ctx.db)).toEqual(before);
  });
});

describe('the Actions Outstanding item', () => {
  it('is added as item 1, standing, and only once per meeting', async () => {
    const { ctx, meetingId } = await meetingWith(['Welcome', 'AOB']);
    const id = await addActionsOutstandingItem(ctx, meetingId);
    expect(await outline(ctx, meetingId)).toEqual([
      '1 Minutes and Actions Outstanding',
      '2 Welcome',
      '3 AOB',
    ]);
    expect(await ctx.db.agendaItems.get(id)).toMatchObject({
      kind: 'actions-outstanding',
      standing: true,
      parentId: null,
    });
    await updateItem(ctx, id, { title: 'Actions Outstanding' });
    await moveItem(ctx, id, 1);
    const before = await snapshot(ctx.db);
    await expectDataError(
      addActionsOutstandingItem(ctx, meetingId),
      'conflict',
      'This agenda already has its Actions Outstanding item (item 2, “Actions Outstanding”); a meeting has only one.',
    );
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('may be added again once the first one is deleted', async () => {
    const { ctx, meetingId } = await meetingWith([]);
    await deleteItem(ctx, await addActionsOutstandingItem(ctx, meetingId));
    await addActionsOutstandingItem(ctx, meetingId);
    expect(await outline(ctx, meetingId)).toEqual(['1 Minutes and Actions Outstanding']);
  });
});

describe('drops, standing items and Actions Outstanding are refused once approved', () => {
  it('refuses each, writing nothing', async () => {
    const ctx = fakeContext(open());
    const { bodyId, meetingId: m30 } = await seedMeeting(ctx);
    const m29 = await createMeeting(ctx, bodyId, { ...meeting30, number: 29 });
    await updateItem(ctx, await addItem(ctx, m29, { title: 'AOB' }), { standing: true });
    const a = await addItem(ctx, m30, { title: 'A' });
    const b = await addItem(ctx, m30, { title: 'B' });
    await approve(ctx, m30);
    const before = await snapshot(ctx.db);
    await expectDataError(moveItemTo(ctx, b, null, a), 'locked', /approved and locked/);
    await expectDataError(addStandingItems(ctx, m30), 'locked');
    await expectDataError(addActionsOutstandingItem(ctx, m30), 'locked');
    await expectDataError(updateItem(ctx, a, { standing: true }), 'locked');
    expect(await snapshot(ctx.db)).toEqual(before);
  });
});

describe('deleteItem and the actions raised under it', () => {
  it('takes the actions away with their item and brings them back on undo', async () => {
    const { ctx, ids } = await meetingWith(['Privacy Assessment', 'AOB']);
    const raised = await raiseAction(ctx, ids[0] ?? '', { text: 'look into it' });
    await raiseAction(ctx, ids[1] ?? '', { text: 'send placeholders' });
    const removed = await deleteItem(ctx, ids[0] ?? '');
    expect(removed.actions.map((a) => a.id)).toEqual([raised.actionId]);
    expect(await ctx.db.actions.get(raised.actionId)).toBeUndefined();
    expect(await ctx.db.actions.count()).toBe(1);
    await restoreItems(ctx, removed);
    expect((await ctx.db.actions.get(raised.actionId))?.reference).toBe('SECP30/01');
    expect(await ctx.db.actions.count()).toBe(2);
  });
});
