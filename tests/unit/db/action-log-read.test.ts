import { describe, expect, it } from 'vitest';
import { readActionLog } from '../../../src-renderer/db';
import {
  confidentialityOf,
  noUpdates,
  tallyUpdates,
  type AgendaItem,
} from '../../../src-renderer/domain';
import { randomLog } from '../domain/random-log';
import { useTestDatabases, withTallies } from './support';

const open = useTestDatabases();

const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id).sort();

/*
 * readActionLog gives a body's actions and meetings and no other body's, each action with the
 * tally of its updates as stored, and marks confidential the actions the rule says (here some
 * raised in confidential items, one a sub-item).
 */
describe('readActionLog', () => {
  it.each([3, 8])('reads each body’s own rows and confidentiality (seed %i)', async (seed) => {
    const db = open();
    const log = randomLog(seed);
    const actions = log.actions.map((a, i) => ({
      ...a,
      reference: `${a.reference}-${String(i)}`,
      itemId: a.meetingId === null ? null : `item-${String(i)}`,
    }));
    const items: AgendaItem[] = actions.flatMap((a, i) =>
      a.meetingId === null || a.itemId === null
        ? []
        : [
            {
              id: a.itemId,
              meetingId: a.meetingId,
              parentId: i % 7 === 0 ? `parent-${a.meetingId}` : null,
              classification: i % 5 === 0 ? 'confidential' : 'public',
            } as AgendaItem,
          ],
    );
    const parents = [...new Set(log.meetings.map((m) => m.id))].map(
      (meetingId, i) =>
        ({
          id: `parent-${meetingId}`,
          meetingId,
          parentId: null,
          classification: i % 2 === 0 ? 'confidential' : 'public',
        }) as AgendaItem,
    );
    await db.meetings.bulkAdd(log.meetings);
    await db.actions.bulkAdd(withTallies(actions, log.updates));
    await db.actionUpdates.bulkAdd(log.updates);
    await db.agendaItems.bulkAdd([...items, ...parents]);

    const rule = confidentialityOf([...items, ...parents], actions);
    for (const bodyId of ['a', 'b']) {
      const got = await readActionLog(db, bodyId);
      const meetings = new Set(log.meetings.filter((m) => m.bodyId === bodyId).map((m) => m.id));
      const own = actions.filter((a) => a.bodyId === bodyId);
      expect(own.length).toBeGreaterThan(3);
      expect(ids(got.actions)).toEqual(ids(own));
      expect(ids(got.meetings)).toEqual([...meetings].sort());
      const tallies = tallyUpdates(log.updates);
      for (const action of own)
        expect(got.tallies.get(action.id)).toEqual(tallies.get(action.id) ?? noUpdates());
      const secret = own.filter((a) => rule.action(a)).map((a) => a.id);
      expect(secret.length).toBeGreaterThan(0);
      expect([...got.confidential].sort()).toEqual(secret.sort());
    }
  });
});
