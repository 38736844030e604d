import { describe, expect, it, vi } from 'vitest';
import { readActionLog } from '../../../src-renderer/db';
import { readOutstandingAt } from '../../../src-renderer/db/repos/action-log';
import { indexMeetings, outstandingAt, updateRowsAt } from '../../../src-renderer/domain';
import { randomLog } from '../domain/random-log';
import { useTestDatabases } from './support';

const open = useTestDatabases();

/*
 * A meeting's Actions Outstanding reads only the actions that can be outstanding at it or were
 * updated there (readOutstandingAt), not the body's whole log: at every meeting of varied
 * seeded logs it must list the same actions, print the same update rows and mark the same
 * actions confidential as the whole log does.
 */
describe('readOutstandingAt', () => {
  /*
   * With the log alone, a meeting's candidates are many against the updates stored, and
   * their updates are read as one table; with a few thousand updates of another body beside
   * them, one request per action. Both must answer alike.
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
      await db.actions.bulkAdd(actions);
      await db.actionUpdates.bulkAdd(log.updates);

      const whole = await readActionLog(db, 'a');
      const wholeIndex = indexMeetings(whole.meetings);
      let listed = 0;
      for (const meeting of log.meetings.filter((m) => m.bodyId === 'a')) {
        const part = await readOutstandingAt(db, meeting.id);
        const index = indexMeetings(part.meetings);
        const expected = outstandingAt(meeting, whole.actions, whole.updates, wholeIndex);
        const got = outstandingAt(meeting, part.actions, part.updates, index);
        expect(got.map((a) => a.reference)).toEqual(expected.map((a) => a.reference));
        expect(got.map((a) => part.confidential.has(a.id))).toEqual(
          expected.map((a) => whole.confidential.has(a.id)),
        );
        expect(updateRowsAt(meeting.id, part.actions, part.updates)).toEqual(
          updateRowsAt(meeting.id, whole.actions, whole.updates),
        );
        // Fewer actions read than the whole log holds, except perhaps at the first meetings.
        if (meeting.number > 10) expect(part.actions.length).toBeLessThan(whole.actions.length);
        listed += got.length;
      }
      expect(listed).toBeGreaterThan(10);
      // The whole log reads the table once; by table, most meetings' reads once more (the
      // first meetings have few candidates, and read by action).
      const meetingsOfA = log.meetings.filter((m) => m.bodyId === 'a').length;
      const reads = wholeTable.mock.calls.length;
      if (by === 'table') expect(reads).toBeGreaterThan(1 + meetingsOfA / 2);
      else expect(reads).toBe(1);
    },
  );
});
