import type { EntityTable } from 'dexie';
import type { BodyRows } from '../domain';
import { actionOfRow, bodyTables, type MinutebookDb } from './database';

/** Rows grouped by one of their fields. */
function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [row]);
    else group.push(row);
  }
  return groups;
}

/**
 * How many rows one request of a backup's read asks for. IndexedDB answers the requests of all
 * transactions in turn, so the page's own reads (a screen opening) wait for at most one such
 * request, not for a whole table: reading 74,000 rows a table at a time kept a screen of the
 * page waiting up to 2.7 s at fifteen years, in pages of 500 rows 120 ms, for the same total.
 */
export const backupPageRows = 500;

/** Every row of `table`, a page of `pageRows` at a time in primary-key order, one after another. */
async function readInPages<T extends { id: string }>(
  table: EntityTable<T, 'id'>,
  pageRows: number,
): Promise<T[]> {
  const rows: T[] = [];
  for (;;) {
    const last = rows.at(-1);
    const from = last === undefined ? table.toCollection() : table.where(':id').above(last.id);
    const page = await from.limit(pageRows).toArray();
    rows.push(...page);
    if (page.length < pageRows) return rows;
  }
}

/**
 * Every row of every body, as {@link readAllBodyRows} reads them (bodies by name; rows of a
 * meeting or action that no longer exists left out), in one read transaction (one consistent
 * state) that reads each table once, in pages of `pageRows` (see {@link backupPageRows}), a
 * table after another. A backup reads everything, so one pass per table is far shorter than
 * a query per body and meeting — and the shorter the read, the sooner edits typed meanwhile
 * are committed (a write waits for the read transaction to end).
 */
export async function readEverything(
  db: MinutebookDb,
  pageRows = backupPageRows,
): Promise<BodyRows[]> {
  const tables = await db.transaction('r', bodyTables(db), async () => {
    const read = <T extends { id: string }>(table: EntityTable<T, 'id'>) =>
      readInPages(table, pageRows);
    // One request at a time: the page's requests queue behind one page, not ten.
    return [
      await db.bodies.orderBy('name').toArray(),
      await read(db.members),
      await read(db.meetings),
      await read(db.agendaItems),
      await read(db.minuteBlocks),
      await read(db.attendance),
      await read(db.amendments),
      await read(db.interests),
      await read(db.actions),
      await read(db.actionUpdates),
    ] as const;
  });
  const [bodies, members, meetings, items, blocks, attendance, amendments, interests] = tables;
  const [, , , , , , , , actions, updates] = tables;
  const byBody = {
    members: groupBy(members, (r) => r.bodyId),
    meetings: groupBy(meetings, (r) => r.bodyId),
    actions: groupBy(actions, (r) => r.bodyId),
  };
  const byMeeting = {
    items: groupBy(items, (r) => r.meetingId),
    blocks: groupBy(blocks, (r) => r.meetingId),
    attendance: groupBy(attendance, (r) => r.meetingId),
    amendments: groupBy(amendments, (r) => r.meetingId),
    interests: groupBy(interests, (r) => r.meetingId),
  };
  const updatesByAction = groupBy(updates, (r) => r.actionId);
  return bodies.map((body) => {
    const ofBody = byBody.meetings.get(body.id) ?? [];
    const ofMeetings = <T>(groups: Map<string, T[]>) =>
      ofBody.flatMap((m) => groups.get(m.id) ?? []);
    const bodyActions = byBody.actions.get(body.id) ?? [];
    return {
      body,
      members: byBody.members.get(body.id) ?? [],
      meetings: ofBody,
      agendaItems: ofMeetings(byMeeting.items),
      minuteBlocks: ofMeetings(byMeeting.blocks),
      attendance: ofMeetings(byMeeting.attendance),
      amendments: ofMeetings(byMeeting.amendments),
      interests: ofMeetings(byMeeting.interests),
      actions: bodyActions.map(actionOfRow),
      actionUpdates: bodyActions.flatMap((a) => updatesByAction.get(a.id) ?? []),
    };
  });
}
