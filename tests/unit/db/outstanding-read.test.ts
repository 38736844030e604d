import { describe, expect, it } from 'vitest';
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
  it.each([3, 8, 21])('answers as the whole log does at every meeting (seed %i)', async (seed) => {
    const db = open();
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
  });
});
