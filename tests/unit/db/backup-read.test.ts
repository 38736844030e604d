import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../../scripts/archive-gen/generate';
import { importArchive, replaceWithArchive, type MinutebookDb } from '../../../src-renderer/db';
import type { Pace } from '../../../src-renderer/db/backup-pace';
import { readArchiveParts, readArchiveText } from '../../../src-renderer/db/backup-read';
import { serializeArchive, type ParagraphBlock } from '../../../src-renderer/domain';
import { exportedNow, fakeContext, useTestDatabases } from './support';
import { blocksOfMeeting, deleteBlocks, putBlocks } from '../../../src-renderer/db/block-store';

const open = useTestDatabases();

/** An earlier action entered by hand, raised at no meeting here, in `bodyId`. */
async function earlierAction(db: MinutebookDb, bodyId: string, id: string): Promise<void> {
  const [first] = await db.actions.where('bodyId').equals(bodyId).toArray();
  if (first === undefined) throw new Error('the body has no action');
  await db.actions.put({
    ...first,
    id,
    meetingId: null,
    itemId: null,
    reference: `EARLIER/${id}`,
    tally: { updates: 0, closingMeetings: [] },
  });
}

/** A pace that rests never and, when asked for the `at`-th time, first runs `write`. */
function writingAt(at: number, write: () => Promise<void>): { pace: Pace; wrote: () => boolean } {
  let calls = 0;
  let wrote = false;
  return {
    pace: async () => {
      calls += 1;
      if (calls === at) {
        await write();
        wrote = true;
      }
    },
    wrote: () => wrote,
  };
}

describe("a backup's read of everything", () => {
  it('writes the text of every row, meeting after meeting, as an export of every body does', async () => {
    const ctx = fakeContext(open());
    // Two bodies of a year: hundreds of rows in most tables, thousands in some.
    await importArchive(ctx, generateArchive({ years: 1, bodies: 2, seed: 5 }));
    const [first, second] = await ctx.db.bodies.toArray();
    if (first === undefined || second === undefined) throw new Error('two bodies expected');
    await earlierAction(ctx.db, first.id, 'earlier-1');
    const text = await readArchiveText(ctx.db);
    expect(text).toContain('EARLIER/earlier-1');
    expect(text).toBe(await exportedNow(ctx.db));
  }, 60_000);

  it('holds what was written to meetings already read, and to the rows of no meeting, while it rested', async () => {
    const ctx = fakeContext(open());
    await importArchive(ctx, generateArchive({ years: 1, bodies: 1, seed: 7 }));
    // Meetings are read in the order of their ids: the first is read before the third rest.
    const ids = (await ctx.db.meetings.toCollection().primaryKeys()).sort();
    const [firstRead] = ids;
    if (firstRead === undefined) throw new Error('no meeting');
    const blocks = await blocksOfMeeting(ctx.db, firstRead);
    const typed = blocks.find((b) => b.kind === 'paragraph');
    const gone = blocks.find((b) => b !== typed);
    const [member] = await ctx.db.members.toArray();
    if (typed?.kind !== 'paragraph' || gone === undefined || member === undefined)
      throw new Error('the generated archive has changed');
    const retyped: ParagraphBlock = { ...typed, text: `${typed.text} Typed during the backup.` };
    const { pace, wrote } = writingAt(3, async () => {
      await putBlocks(ctx.db, [retyped]);
      await deleteBlocks(ctx.db, [gone.id]);
      await ctx.db.members.put({ ...member, name: 'Llŷr Williams' });
      await earlierAction(ctx.db, member.bodyId, 'earlier-2');
      // And a meeting not read yet, which is read as it is then.
      const later = ids.at(-1) ?? '';
      const [item] = await ctx.db.agendaItems.where('meetingId').equals(later).toArray();
      if (item) await ctx.db.agendaItems.put({ ...item, title: 'Renamed during the backup' });
    });
    const parts = await readArchiveParts(ctx.db, pace);
    expect(wrote()).toBe(true);
    const text = parts?.join('') ?? '';
    expect(text).toContain('Typed during the backup.');
    expect(text).toContain('Llŷr Williams');
    expect(text).toContain('EARLIER/earlier-2');
    expect(text).toContain('Renamed during the backup');
    expect(text).not.toContain(`"${gone.id}"`);
    expect(text).toBe(await exportedNow(ctx.db));
  }, 60_000);

  it('reads everything again when everything was replaced while it rested (a restore)', async () => {
    const ctx = fakeContext(open());
    await importArchive(ctx, generateArchive({ years: 1, bodies: 1, seed: 7 }));
    const other = generateArchive({ years: 1, bodies: 2, seed: 9 });
    const { pace, wrote } = writingAt(5, () => replaceWithArchive(ctx, other));
    const parts = await readArchiveParts(ctx.db, pace);
    expect(wrote()).toBe(true);
    // Exactly what was restored: none of what was read before it.
    expect(parts?.join('')).toBe(serializeArchive({ ...other, exportedAt: '' }));
  }, 60_000);

  it('is null when there is no body', async () => {
    expect(await readArchiveText(fakeContext(open()).db)).toBeNull();
  });
});
