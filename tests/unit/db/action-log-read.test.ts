import { describe, expect, it } from 'vitest';
import { readActionLog } from '../../../src-renderer/db';
import { confidentialityOf, type AgendaItem } from '../../../src-renderer/domain';
import { randomLog } from '../domain/random-log';
import { useTestDatabases } from './support';

const open = useTestDatabases();

const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id).sort();

/*
 * readActionLog reads a body holding most of the actions (body "a", about 80%) table by table
 * and sifts the rows, and any other body ("b") meeting by meeting: either way it must give
 * the body's actions, the updates given at its meetings and no other, and mark confidential
 * the actions the rule says (here some raised in confidential items, one a sub-item).
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
    await db.actions.bulkAdd(actions);
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
      expect(ids(got.updates)).toEqual(ids(log.updates.filter((u) => meetings.has(u.meetingId))));
      const secret = own.filter((a) => rule.action(a)).map((a) => a.id);
      expect(secret.length).toBeGreaterThan(0);
      expect([...got.confidential].sort()).toEqual(secret.sort());
    }
  });
});
