import type { EntityTable } from 'dexie';
import {
  archiveFromRows,
  archivePartsWithMeetings,
  groupBy,
  meetingArchiveText,
  type ActionUpdate,
  type AgendaItem,
  type Amendment,
  type Attendance,
  type Body,
  type BodyRows,
  type Id,
  type Interest,
  type Meeting,
  type Member,
  type MinuteBlock,
} from '../domain';
import { noRest, type Pace } from './backup-pace';
import { actionOfRow, bodyTables, type ActionRow, type MinutebookDb } from './database';

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

/** What the backup's read holds: every row but the minutes, and each meeting's minutes as text. */
interface Held {
  bodies: Body[];
  members: Map<Id, Member[]>;
  meetings: Map<Id, Meeting[]>;
  actions: Map<Id, ActionRow[]>;
  updates: Map<Id, ActionUpdate[]>;
  agendaItems: Map<Id, AgendaItem[]>;
  attendance: Map<Id, Attendance[]>;
  amendments: Map<Id, Amendment[]>;
  interests: Map<Id, Interest[]>;
  /** Each meeting's entries in the minutes as one JSON text, by meeting. */
  minutes: Map<Id, string>;
}

/**
 * Everything a backup writes, in one read transaction (one consistent state), one request at
 * a time (the page's requests queue behind one request, not ten): every table but the minutes
 * in pages of `pageRows` (see {@link backupPageRows}), then each meeting's minutes, which are
 * held as JSON text (native and quick: the transaction, which edits typed meanwhile wait for,
 * is not drawn out) and not as rows, so the 50,000 entries of fifteen years of minutes are
 * never held at once. Held, they kept the backup worker's garbage collector copying them, on
 * the cores the page someone types in needs. Null when there is no body.
 */
function readHeld(db: MinutebookDb, pageRows: number): Promise<Held | null> {
  return db.transaction('r', bodyTables(db), async () => {
    const bodies = await db.bodies.orderBy('name').toArray();
    if (bodies.length === 0) return null;
    const read = <T extends { id: string }>(table: EntityTable<T, 'id'>) =>
      readInPages(table, pageRows);
    const byMeeting = <T extends { id: string; meetingId: Id }>(table: EntityTable<T, 'id'>) =>
      read(table).then((rows) => groupBy(rows, (r) => r.meetingId));
    const members = groupBy(await read(db.members), (r) => r.bodyId);
    const meetings = groupBy(await read(db.meetings), (r) => r.bodyId);
    const actions = groupBy(await read(db.actions), (r) => r.bodyId);
    const updates = groupBy(await read(db.actionUpdates), (r) => r.actionId);
    const agendaItems = await byMeeting(db.agendaItems);
    const attendance = await byMeeting(db.attendance);
    const amendments = await byMeeting(db.amendments);
    const interests = await byMeeting(db.interests);
    const minutes = new Map<Id, string>();
    for (const body of bodies)
      for (const meeting of meetings.get(body.id) ?? []) {
        const blocks = await db.minuteBlocks.where('meetingId').equals(meeting.id).toArray();
        minutes.set(meeting.id, JSON.stringify(blocks));
      }
    return {
      bodies,
      members,
      meetings,
      actions,
      updates,
      agendaItems,
      attendance,
      amendments,
      interests,
      minutes,
    };
  });
}

/** One meeting's text in the archive, from what the backup's read holds. */
function meetingText(meeting: Meeting, held: Held): string {
  const of = <T>(rows: Map<Id, T[]>) => rows.get(meeting.id) ?? [];
  return meetingArchiveText({
    ...meeting,
    agendaItems: of(held.agendaItems),
    minuteBlocks: JSON.parse(held.minutes.get(meeting.id) ?? '[]') as MinuteBlock[],
    attendance: of(held.attendance),
    amendments: of(held.amendments),
    interests: of(held.interests),
  });
}

/**
 * The archive text of everything in the database, as `serializeArchive` writes it with an empty
 * export time (bodies by name; rows of a meeting or action that no longer exists left out), in
 * parts that joined are the text, or null when there is no body: read by {@link readHeld}, then
 * written a meeting at a time at `pace` (after the read: a read transaction cannot rest), each
 * meeting's rows let go once its text is written. `marker` as for `archivePartsWithMeetings` (a
 * fresh UUID).
 */
export async function readArchiveParts(
  db: MinutebookDb,
  pace: Pace,
  pageRows = backupPageRows,
  marker: string = crypto.randomUUID(),
): Promise<string[] | null> {
  const held = await readHeld(db, pageRows);
  if (held === null) return null;
  const texts = new Map<Id, string>();
  const rows: BodyRows[] = [];
  for (const body of held.bodies) {
    const meetings = held.meetings.get(body.id) ?? [];
    for (const meeting of meetings) {
      await pace();
      texts.set(meeting.id, meetingText(meeting, held));
      held.minutes.delete(meeting.id);
    }
    const actions = held.actions.get(body.id) ?? [];
    rows.push({
      body,
      members: held.members.get(body.id) ?? [],
      meetings,
      agendaItems: [],
      minuteBlocks: [],
      attendance: [],
      amendments: [],
      interests: [],
      actions: actions.map(actionOfRow),
      actionUpdates: actions.flatMap((a) => held.updates.get(a.id) ?? []),
    });
  }
  await pace();
  return archivePartsWithMeetings(archiveFromRows(rows, ''), texts, marker);
}

/** {@link readArchiveParts} joined, read with no rest: the archive's whole text, or null. */
export async function readArchiveText(
  db: MinutebookDb,
  pageRows = backupPageRows,
  marker: string = crypto.randomUUID(),
): Promise<string | null> {
  const parts = await readArchiveParts(db, noRest, pageRows, marker);
  return parts === null ? null : parts.join('');
}
