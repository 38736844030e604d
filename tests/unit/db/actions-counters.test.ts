import { describe, expect, it } from 'vitest';
import {
  addItem,
  addMember,
  createBody,
  createMeeting,
  deleteBlock,
  raiseAction,
  renumberActions,
  updateAction,
  updateBody,
} from '../../../src-renderer/db';
import type { ActionRefCounter, Id } from '../../../src-renderer/domain';
import { expectDataError, fakeContext, meeting30, secPanel, useTestDatabases } from './support';

const open = useTestDatabases();

/** A body with meetings in November, December and the January after, one item each. */
async function setUp(counter: ActionRefCounter, template = '{prefix}-{yyyy}-{seq:3}') {
  const ctx = fakeContext(open());
  const bodyId = await createBody(ctx, { ...secPanel, actionPrefix: 'TCMP' });
  await updateBody(ctx, bodyId, { actionRefTemplate: template, actionRefCounter: counter });
  const items: Id[] = [];
  const meetings: Id[] = [];
  for (const [number, date] of [
    [30, '2025-11-13'],
    [31, '2025-12-11'],
    [32, '2026-01-15'],
  ] as const) {
    const meetingId = await createMeeting(ctx, bodyId, { ...meeting30, number, date });
    meetings.push(meetingId);
    items.push(await addItem(ctx, meetingId, { title: 'Actions' }));
  }
  const raise = async (i: number) => (await raiseAction(ctx, items[i] ?? '')).reference;
  return { ctx, bodyId, meetings, items, raise };
}

describe('action reference counters', () => {
  it("'meeting': each meeting starts again at 1", async () => {
    const { raise } = await setUp('meeting', '{prefix}{meeting}/{seq}');
    expect([await raise(0), await raise(0), await raise(1), await raise(2)]).toEqual([
      'TCMP30/01',
      'TCMP30/02',
      'TCMP31/01',
      'TCMP32/01',
    ]);
  });

  it("'year': runs on across the year's meetings, padded, and starts at 1 in a new year", async () => {
    const { ctx, bodyId, raise } = await setUp('year');
    expect([
      await raise(0),
      await raise(0),
      await raise(1),
      await raise(2),
      await raise(1),
    ]).toEqual([
      'TCMP-2025-001',
      'TCMP-2025-002',
      'TCMP-2025-003',
      'TCMP-2026-001',
      'TCMP-2025-004',
    ]);
    expect((await ctx.db.bodies.get(bodyId))?.actionSequences).toEqual({ '2025': 4, '2026': 1 });
  });

  it("'body': runs on for the body's life, across the year's end", async () => {
    const { raise } = await setUp('body', '{prefix}-{seq:3}');
    expect([await raise(0), await raise(1), await raise(2), await raise(0)]).toEqual([
      'TCMP-001',
      'TCMP-002',
      'TCMP-003',
      'TCMP-004',
    ]);
  });

  it('never reuses the reference of a deleted action', async () => {
    const { ctx, items, raise } = await setUp('year');
    await raise(0);
    const second = await raiseAction(ctx, items[1] ?? '');
    expect(second.reference).toBe('TCMP-2025-002');
    await deleteBlock(ctx, second.blockId);
    expect(await raise(1)).toBe('TCMP-2025-003');
  });

  it('steps past a reference already held (a counter set back by hand)', async () => {
    const { ctx, bodyId, raise } = await setUp('year');
    await raise(0);
    await raise(0);
    await ctx.db.bodies.update(bodyId, { actionSequences: {} });
    expect(await raise(1)).toBe('TCMP-2025-003');
  });

  it('a template change gives new references the new form and leaves existing ones', async () => {
    const { ctx, bodyId, meetings, raise } = await setUp('meeting', '{prefix}{meeting}/{seq}');
    await raise(0);
    await raise(0);
    await updateBody(ctx, bodyId, { actionRefTemplate: '{prefix}-{yyyy}-{seq:3}' });
    expect(await raise(0)).toBe('TCMP-2025-003');
    expect(await renumberActions(ctx, meetings[0] ?? '')).toBe(0);
    const refs = (await ctx.db.actions.toArray()).map((a) => a.reference).sort();
    expect(refs).toEqual(['TCMP-2025-003', 'TCMP30/01', 'TCMP30/02']);
  });

  it('refuses to renumber references that run on across meetings', async () => {
    const { ctx, meetings, raise } = await setUp('year');
    await raise(0);
    await expectDataError(renumberActions(ctx, meetings[0] ?? ''), 'invalid', /run on/);
  });

  it('refuses a template without a sequence, even one stored before the settings checked', async () => {
    const { ctx, bodyId, items } = await setUp('meeting');
    await ctx.db.bodies.update(bodyId, { actionRefTemplate: '' });
    await expectDataError(raiseAction(ctx, items[0] ?? ''), 'invalid', /no \{seq\} or \{n\}/);
  });
});

describe('an action owned by a member', () => {
  it('records the member chosen, clears it for a name typed, refuses another body’s', async () => {
    const { ctx, bodyId, items } = await setUp('meeting');
    const jane = await addMember(ctx, bodyId, { name: 'Jane Smith', organisation: 'DCC' });
    const other = await createBody(ctx, { ...secPanel, name: 'Other' });
    const stranger = await addMember(ctx, other, { name: 'Sam Stone', organisation: 'X' });
    const { actionId } = await raiseAction(ctx, items[0] ?? '');
    await updateAction(ctx, actionId, { owner: 'Jane Smith', ownerMemberId: jane });
    expect(await ctx.db.actions.get(actionId)).toMatchObject({ ownerMemberId: jane });
    await updateAction(ctx, actionId, { owner: 'Head of Legal', ownerMemberId: null });
    expect(await ctx.db.actions.get(actionId)).toMatchObject({
      owner: 'Head of Legal',
      ownerMemberId: null,
    });
    await expectDataError(
      updateAction(ctx, actionId, { ownerMemberId: stranger }),
      'invalid',
      /not on this body/,
    );
  });
});
