import { liveQuery } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { readActionLog, type ActionRow } from '../../../src-renderer/db';
import { readOutstandingAt } from '../../../src-renderer/db/repos/action-log-read';
import {
  indexMeetings,
  noUpdates,
  outstandingAt,
  updateRowsAt,
  type AgendaItem,
  type Meeting,
} from '../../../src-renderer/domain';
import { randomLog } from '../domain/random-log';
import { useTestDatabases, withTallies } from './support';

const open = useTestDatabases();

/*
 * A meeting's Actions Outstanding reads only the actions that can be outstanding at it or were
 * updated there (readOutstandingAt), not the body's whole log: at every meeting of varied
 * seeded logs it must list the same actions, print the same update rows and mark the same
 * actions confidential as the whole log does.
 */
describe('readOutstandingAt', () => {
  /*
   * The candidates' updates are read as one table and sifted (as for the many actions open
   * at a late meeting of a long-lived body), or one request per action, here with a few
   * thousand updates of another body beside them. Both must answer alike.
   */
  it.each([
    [3, 'table'],
    [8, 'table'],
    [21, 'table'],
    [3, 'action'],
    [21, 'action'],
  ] as const)(
    'answers as the whole log does at every meeting (seed %i, by %s)',
    async (seed, by) => {
      const db = open();
      if (by === 'action') {
        await db.actionUpdates.bulkAdd(
          Array.from({ length: 3000 }, (_, i) => ({
            id: `other-${String(i)}`,
            actionId: `other-action-${String(i % 500)}`,
            meetingId: 'other-meeting',
            text: 'Done.',
            closes: i % 3 === 0,
            confidential: false,
            createdAt: '2016-01-01T10:00:00.000Z',
            updatedAt: '',
            updatedBy: 'SECAS',
          })),
        );
      }
      const wholeTable = vi.spyOn(db.actionUpdates, 'toArray');
      const log = randomLog(seed);
      // References are unique per body in the database.
      const actions = log.actions.map((a, i) => ({
        ...a,
        reference: `${a.reference}-${String(i)}`,
        confidential: i % 9 === 0,
      }));
      await db.meetings.bulkAdd(log.meetings);
      await db.actions.bulkAdd(withTallies(actions, log.updates));
      await db.actionUpdates.bulkAdd(log.updates);

      // The whole log, with every update given at the body's meetings.
      const whole = await readActionLog(db, 'a');
      const ofA = new Set(whole.meetings.map((m) => m.id));
      const wholeUpdates = (await db.actionUpdates.toArray()).filter((u) => ofA.has(u.meetingId));
      const wholeIndex = indexMeetings(whole.meetings);
      let listed = 0;
      for (const meeting of log.meetings.filter((m) => m.bodyId === 'a')) {
        const part = await readOutstandingAt(db, meeting.id, by === 'table' ? 0 : Infinity);
        const index = indexMeetings(part.meetings);
        const expected = outstandingAt(meeting, whole.actions, wholeUpdates, wholeIndex);
        const got = outstandingAt(meeting, part.actions, part.updates, index);
        expect(got.map((a) => a.reference)).toEqual(expected.map((a) => a.reference));
        expect(got.map((a) => part.confidential.has(a.id))).toEqual(
          expected.map((a) => whole.confidential.has(a.id)),
        );
        expect(updateRowsAt(meeting.id, part.actions, part.updates)).toEqual(
          updateRowsAt(meeting.id, whole.actions, wholeUpdates),
        );
        // Fewer actions read than the whole log holds, except perhaps at the first meetings.
        if (meeting.number > 10) expect(part.actions.length).toBeLessThan(whole.actions.length);
        listed += got.length;
      }
      expect(listed).toBeGreaterThan(10);
      // The whole reference reads the table once; by table, most meetings' reads once more (a
      // meeting with no candidate reads nothing).
      const meetingsOfA = log.meetings.filter((m) => m.bodyId === 'a').length;
      const reads = wholeTable.mock.calls.length;
      if (by === 'table') expect(reads).toBeGreaterThan(1 + meetingsOfA / 2);
      else expect(reads).toBe(1);
    },
  );
});

/*
 * Open, the item follows the rule as it changes: a sub-item's action becomes confidential
 * the moment its parent item is made so. Words typed into an item are not something the rule
 * reads, and do not make the list read everything again.
 */
describe('readOutstandingAt in a live query', () => {
  it('follows a change of classification, not a change of words', async () => {
    const db = open();
    const meeting = (n: number) => ({ id: `m${String(n)}`, bodyId: 'a', number: n }) as Meeting;
    const item = (id: string, parentId: string | null) =>
      ({ id, meetingId: 'm1', parentId, classification: 'public', title: id }) as AgendaItem;
    const action = {
      id: 'act',
      bodyId: 'a',
      meetingId: 'm1',
      itemId: 'sub',
      reference: 'A1/01',
      status: 'open',
      confidential: false,
      declassified: null,
      tally: noUpdates(),
    } as ActionRow;
    await db.meetings.bulkAdd([meeting(1), meeting(2)]);
    // An item two levels down, whose action is confidential with 'act'.
    await db.agendaItems.bulkAdd([
      item('parent', null),
      item('sub', 'parent'),
      item('subsub', 'sub'),
    ]);
    await db.actions.bulkAdd([
      action,
      { ...action, id: 'deep', itemId: 'subsub', reference: 'A1/02' },
    ]);

    const seen: boolean[] = [];
    let reads = 0;
    const read = () => {
      reads += 1;
      return readOutstandingAt(db, 'm2');
    };
    const subscription = liveQuery(read).subscribe((log) => {
      expect(log.confidential.has('deep')).toBe(log.confidential.has('act'));
      seen.push(log.confidential.has('act'));
    });
    try {
      await vi.waitFor(() => expect(seen).toEqual([false]));
      await db.agendaItems.update('parent', { classification: 'confidential' });
      await vi.waitFor(() => expect(seen).toEqual([false, true]));
      await db.agendaItems.update('sub', { title: 'New words' });
      await db.agendaItems.update('parent', { title: 'More words' });
      // A change the query does read, after the two: once it is seen, so would they be.
      await db.agendaItems.update('sub', { classification: 'confidential' });
      await vi.waitFor(() => expect(seen.at(-1)).toBe(true));
      await vi.waitFor(() => expect(seen).toHaveLength(3));
      expect(reads).toBe(3);
    } finally {
      subscription.unsubscribe();
    }
  });
});
