import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../../scripts/archive-gen/generate';
import {
  importArchive,
  readAllBodyRows,
  replaceWithArchive,
  updateBlock,
  updateMember,
  type MinutebookDb,
} from '../../../src-renderer/db';
import { everythingRevision, sharedRevision } from '../../../src-renderer/db/revisions';
import type { Archive, ParagraphBlock } from '../../../src-renderer/domain';
import { fakeContext, useTestDatabases } from './support';
import { deleteBlocks, putBlocks } from '../../../src-renderer/db/block-store';

const open = useTestDatabases();

/** Every revision's token, by its key. */
async function tokens(db: MinutebookDb): Promise<Map<string, string>> {
  return new Map((await db.revisions.toArray()).map((r) => [r.id, r.token]));
}

/** The keys whose token differs between two readings (written anew, or first written). */
function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after.keys()].filter((key) => before.get(key) !== after.get(key)).sort();
}

/** A generated year of one body cut to its last three meetings, with their actions and updates. */
function threeMeetings(): Archive {
  const archive = generateArchive({ years: 1, bodies: 1, seed: 3 });
  return {
    ...archive,
    bodies: archive.bodies.map((body) => {
      const meetings = body.meetings.slice(-3);
      const kept = new Set(meetings.map((m) => m.id));
      const actions = body.actions.filter((a) => a.meetingId === null || kept.has(a.meetingId));
      const raised = new Set(actions.map((a) => a.id));
      const actionUpdates = body.actionUpdates.filter(
        (u) => kept.has(u.meetingId) && raised.has(u.actionId),
      );
      return { ...body, meetings, actions, actionUpdates };
    }),
  };
}

async function imported() {
  const ctx = fakeContext(open());
  const archive = threeMeetings();
  await importArchive(ctx, archive);
  const [rows] = await readAllBodyRows(ctx.db);
  if (rows === undefined) throw new Error('nothing imported');
  const open_ = rows.meetings.filter((m) => m.status !== 'approved');
  const meeting = open_.at(-1);
  if (meeting === undefined) throw new Error('no meeting open for editing');
  const paragraph = rows.minuteBlocks.find(
    (b) => b.meetingId === meeting.id && b.kind === 'paragraph',
  );
  if (paragraph?.kind !== 'paragraph') throw new Error('no paragraph to type in');
  const typed: ParagraphBlock = paragraph;
  return { ctx, rows, meeting, paragraph: typed, archive };
}

describe('revisions', () => {
  it('are written for every meeting an import adds, and for the rows of no meeting', async () => {
    const { ctx, rows } = await imported();
    const keys = [...(await tokens(ctx.db)).keys()].sort();
    expect(keys).toEqual([sharedRevision, ...rows.meetings.map((m) => m.id)].sort());
  });

  it("change with a paragraph typed: its meeting's and no other", async () => {
    const { ctx, meeting, paragraph } = await imported();
    const before = await tokens(ctx.db);
    await updateBlock(ctx, paragraph.id, { text: 'The panel noted the revised timetable.' });
    expect(changed(before, await tokens(ctx.db))).toEqual([meeting.id]);
  });

  it("change with a block deleted, known by its key alone: its meeting's", async () => {
    const { ctx, meeting, paragraph } = await imported();
    const before = await tokens(ctx.db);
    await deleteBlocks(ctx.db, [paragraph.id]);
    expect(changed(before, await tokens(ctx.db))).toEqual([meeting.id]);
  });

  it('change for both meetings when a row moves from one to another', async () => {
    const { ctx, rows } = await imported();
    const update = rows.actionUpdates[0];
    const other = rows.meetings.find((m) => m.id !== update?.meetingId);
    if (update === undefined || other === undefined) throw new Error('the archive has changed');
    const before = await tokens(ctx.db);
    await ctx.db.actionUpdates.put({ ...update, meetingId: other.id });
    expect(changed(before, await tokens(ctx.db))).toEqual([update.meetingId, other.id].sort());
  });

  it('change for the rows of no meeting when a member is renamed', async () => {
    const { ctx, rows } = await imported();
    const member = rows.members[0];
    if (member === undefined) throw new Error('no member');
    const before = await tokens(ctx.db);
    await updateMember(ctx, member.id, { name: 'Llŷr Williams' });
    expect(changed(before, await tokens(ctx.db))).toEqual([sharedRevision]);
  });

  it('change for the rows of no meeting with an earlier action entered by hand', async () => {
    const { ctx, rows } = await imported();
    const action = rows.actions[0];
    if (action === undefined) throw new Error('no action');
    const before = await tokens(ctx.db);
    const stored = await ctx.db.actions.get(action.id);
    if (stored === undefined) throw new Error('not stored');
    await ctx.db.actions.put({
      ...stored,
      id: 'earlier-1',
      meetingId: null,
      itemId: null,
      reference: 'EARLIER/1',
      tally: { updates: 0, closingMeetings: [] },
    });
    expect(changed(before, await tokens(ctx.db))).toEqual([sharedRevision]);
  });

  it('change for everything when a table is cleared (a restore)', async () => {
    const { ctx, archive } = await imported();
    const before = await tokens(ctx.db);
    await replaceWithArchive(ctx, archive);
    expect(changed(before, await tokens(ctx.db))).toContain(everythingRevision);
  });

  it('are not written by a write that is refused', async () => {
    const { ctx, paragraph } = await imported();
    const before = await tokens(ctx.db);
    await expect(updateBlock(ctx, paragraph.id, { text: 'x'.repeat(200_001) })).rejects.toThrow();
    const rolledBack: ParagraphBlock = { ...paragraph, text: 'Rolled back.' };
    await expect(
      ctx.db.transaction('rw', [ctx.db.itemMinutes], async () => {
        await putBlocks(ctx.db, [rolledBack]);
        throw new Error('the write fails after the put');
      }),
    ).rejects.toThrow('the write fails after the put');
    expect(changed(before, await tokens(ctx.db))).toEqual([]);
  });
});
