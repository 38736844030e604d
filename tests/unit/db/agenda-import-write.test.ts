/**
 * An imported agenda written to the database: what the reader reads is what is stored, after
 * the agenda's own items, in one transaction — all or nothing: db/repos/agenda.ts addItemTrees
 * on fake-indexeddb, fed by the agenda reader (its own tests are in tests/unit/domain).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addItem, addItemTrees, type NewItemTree } from '../../../src-renderer/db';
import {
  byPosition,
  numberAgenda,
  parseAgendaText,
  type AgendaItem,
  type Id,
  type ImportedItem,
} from '../../../src-renderer/domain';
import {
  approve,
  expectDataError,
  fakeContext,
  seedMeeting,
  snapshot,
  useTestDatabases,
  type TestContext,
} from './support';

const open = useTestDatabases();

function trees(items: readonly ImportedItem[]): NewItemTree[] {
  return items.map((i) => ({
    title: i.title,
    presenter: i.presenter,
    paperRefs: i.paperRefs,
    classification: i.confidential ? 'confidential' : 'public',
    plannedMinutes: i.plannedMinutes,
    children: trees(i.children),
  }));
}

function readFixture(name: string): NewItemTree[] {
  const text = readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
  const result = parseAgendaText(text);
  if (!result.ok) throw new Error(result.message);
  return trees(result.items);
}

async function agenda(ctx: TestContext, meetingId: Id): Promise<AgendaItem[]> {
  return (await ctx.db.agendaItems.where('meetingId').equals(meetingId).toArray()).sort(byPosition);
}

async function outline(ctx: TestContext, meetingId: Id): Promise<string[]> {
  return numberAgenda(await agenda(ctx, meetingId)).map(
    (n) => `${'  '.repeat(n.depth)}${n.number} ${n.item.title}`,
  );
}

describe('addItemTrees', () => {
  it('stores an imported agenda after the items already there, sub-items under their items', async () => {
    const ctx = fakeContext(open());
    const { meetingId } = await seedMeeting(ctx);
    await addItem(ctx, meetingId, { title: 'Welcome' });
    const ids = await addItemTrees(ctx, meetingId, readFixture('agenda-industry-panel.txt'));
    expect(ids).toHaveLength(7);
    expect(await outline(ctx, meetingId)).toEqual([
      '1 Welcome',
      '2 Minutes and Actions Outstanding',
      '3 Event of Default Update',
      '4 Modification Proposals',
      '  4.1 SECMP0011 – New Alert Codes',
      '  4.2 SECMP0012 – Smart Metering Inventory Changes',
      '5 DCC Update',
      '6 Privacy Assessment — Decision Making Principles',
      '  6.1 Appendix A: Decision Making Principles',
      '  6.2 Appendix B: Report Template',
      '7 Testing Update',
      '8 Any Other Business',
    ]);
    const stored = await agenda(ctx, meetingId);
    expect(stored.find((i) => i.title === 'Event of Default Update')).toMatchObject({
      presenter: 'SECAS',
      paperRefs: ['SECP_31_1404_02'],
      classification: 'confidential',
      plannedMinutes: 30,
      status: 'pending',
      kind: 'standard',
      standing: false,
      updatedBy: 'SECAS',
    });
  });

  it('refuses the whole import when one item is invalid, naming it, and writes nothing', async () => {
    const ctx = fakeContext(open());
    const { meetingId } = await seedMeeting(ctx);
    const before = await snapshot(ctx.db);
    const bad: NewItemTree[] = [
      {
        title: 'Fine',
        presenter: '',
        paperRefs: [],
        classification: 'public',
        plannedMinutes: 10,
        children: [],
      },
      {
        title: 'Parent',
        presenter: '',
        paperRefs: [],
        classification: 'public',
        plannedMinutes: null,
        children: [
          {
            title: '   ',
            presenter: '',
            paperRefs: [],
            classification: 'public',
            plannedMinutes: null,
            children: [],
          },
        ],
      },
    ];
    await expectDataError(
      addItemTrees(ctx, meetingId, bad),
      'invalid',
      /Imported item 2\.1.*Title is required/,
    );
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('refuses an approved meeting and writes nothing', async () => {
    const ctx = fakeContext(open());
    const { meetingId } = await seedMeeting(ctx);
    await approve(ctx, meetingId);
    const before = await snapshot(ctx.db);
    await expectDataError(
      addItemTrees(ctx, meetingId, readFixture('agenda-sec-panel-30.txt')),
      'locked',
    );
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('stores the 25 items of the reference agenda in order', async () => {
    const ctx = fakeContext(open());
    const { meetingId } = await seedMeeting(ctx);
    await addItemTrees(ctx, meetingId, readFixture('agenda-sec-panel-30.txt'));
    const lines = await outline(ctx, meetingId);
    expect(lines).toHaveLength(25);
    expect(lines[3]).toBe('4 Privacy Assessment — Decision Making Principles');
    expect(lines[24]).toBe('25 Any Other Business');
  });
});
