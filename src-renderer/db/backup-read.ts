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
import type { KeptParts, MeetingPart } from './backup-parts';
import { actionOfRow, bodyTables, type ActionRow, type MinutebookDb } from './database';
import { everythingRevision, sharedRevision } from './revisions';
import { blocksOfMeeting } from './block-store';

/** The rows of one meeting a backup holds, read together, with the meeting's revision then. */
interface MeetingRows {
  meeting: Meeting;
  agendaItems: AgendaItem[];
  minuteBlocks: MinuteBlock[];
  attendance: Attendance[];
  amendments: Amendment[];
  interests: Interest[];
  /** The actions raised at it and the updates given at it. */
  actions: ActionRow[];
  updates: ActionUpdate[];
  revision: string | undefined;
}

/**
 * The rows of no meeting: the bodies (by name), their members and the earlier actions entered by
 * hand, with their revision then.
 */
interface SharedRows {
  bodies: Body[];
  members: Member[];
  actions: ActionRow[];
  revision: string | undefined;
}

/**
 * What the backup's read holds: the shared rows, each meeting's part by its id, and the
 * "everything" revision they were all read at.
 */
interface Held {
  shared: SharedRows;
  meetings: Map<Id, MeetingPart>;
  everything: string | undefined;
}

const tokenOf = async (db: MinutebookDb, key: string) => (await db.revisions.get(key))?.token;

/** The shared rows; call inside a read transaction over the bodies, members, actions, revisions. */
async function readShared(db: MinutebookDb): Promise<SharedRows> {
  return {
    bodies: await db.bodies.orderBy('name').toArray(),
    members: await db.members.toArray(),
    // Not in the meeting index, which leaves out a null: every action is looked at, read at
    // once (a cursor over 4,000 actions went a request per action, unpaced).
    actions: (await db.actions.toArray()).filter((a) => a.meetingId === null),
    revision: await tokenOf(db, sharedRevision),
  };
}

/** The tables of one meeting's rows (all a body's but the bodies and members), with the revisions. */
function meetingTables(db: MinutebookDb) {
  const shared = new Set<unknown>([db.bodies, db.members]);
  return [...bodyTables(db).filter((table) => !shared.has(table)), db.revisions];
}

/** One meeting's rows, or null when it is gone; call inside a read transaction over {@link meetingTables}. */
async function readMeeting(db: MinutebookDb, id: Id): Promise<MeetingRows | null> {
  const meeting = await db.meetings.get(id);
  if (meeting === undefined) return null;
  const of = <T>(table: {
    where(index: 'meetingId'): { equals(key: Id): { toArray(): Promise<T[]> } };
  }) => table.where('meetingId').equals(id).toArray();
  return {
    meeting,
    agendaItems: await of(db.agendaItems),
    minuteBlocks: await blocksOfMeeting(db, id),
    attendance: await of(db.attendance),
    amendments: await of(db.amendments),
    interests: await of(db.interests),
    actions: await of(db.actions),
    updates: await of(db.actionUpdates),
    revision: await tokenOf(db, id),
  };
}

/**
 * One meeting's part, from its rows as read: its text written at once, so that the rows of no
 * more than one meeting are held at a time (holding the 50,000 entries of fifteen years of
 * minutes at once kept the backup worker's garbage collector busy on the page's cores).
 */
function partOf(rows: MeetingRows): MeetingPart {
  const { meeting, actions, updates, revision } = rows;
  const text = meetingArchiveText({
    ...meeting,
    agendaItems: rows.agendaItems,
    minuteBlocks: rows.minuteBlocks,
    attendance: rows.attendance,
    amendments: rows.amendments,
    interests: rows.interests,
  });
  return { meeting, text, actions, updates, revision };
}

/** Meeting `id`'s part read from the data in a transaction of its own, or null when it is gone. */
async function readPart(db: MinutebookDb, id: Id, pace: Pace): Promise<MeetingPart | null> {
  const rows = await db.transaction('r', meetingTables(db), () => readMeeting(db, id));
  if (rows === null) return null;
  await pace();
  return partOf(rows);
}

/**
 * Gives every meeting a revision, for those stored before revisions were kept (database version
 * 8) and never written since: a part read at no revision could not be kept. A meeting's first
 * revision may be any token; every write after it writes another.
 */
async function reviseEveryMeeting(db: MinutebookDb): Promise<void> {
  const unrevised = async () => {
    const revised = new Set<string>(await db.revisions.toCollection().primaryKeys());
    return (await db.meetings.toCollection().primaryKeys()).filter((id) => !revised.has(id));
  };
  const tables = [db.meetings, db.revisions];
  if ((await db.transaction('r', tables, unrevised)).length === 0) return;
  await db.transaction('rw', tables, async () => {
    const ids = await unrevised();
    await db.revisions.bulkPut(ids.map((id) => ({ id, token: crypto.randomUUID() })));
  });
}

/**
 * Everything a backup writes, as one consistent state, a meeting at a time, each in a read
 * transaction of its own, with a rest at `pace` between meetings: a single transaction cannot
 * rest, and reading 74,000 rows flat out left the page someone types in without a core (frames
 * of 70–100 ms). A meeting whose part `kept` holds at its present revision is not read at all.
 * Each write to a meeting's rows writes a fresh revision of it (db/revisions.ts): a last
 * transaction reads the revisions and reads again the meetings (and the shared rows) whose
 * revision moved since they were read, and those added; all of it when a table was cleared
 * meanwhile. So every meeting is held as the last transaction sees it. The page's own requests
 * wait for one meeting's read at most. Null when there is no body.
 */
async function readHeld(
  db: MinutebookDb,
  pace: Pace,
  kept: KeptParts | null,
): Promise<Held | null> {
  await reviseEveryMeeting(db);
  const [shared, ids, revisions] = await db.transaction(
    'r',
    [db.bodies, db.members, db.meetings, db.actions, db.revisions],
    async () =>
      [
        await readShared(db),
        await db.meetings.toCollection().primaryKeys(),
        new Map((await db.revisions.toArray()).map((r) => [r.id, r.token])),
      ] as const,
  );
  if (shared.bodies.length === 0) return null;
  const everything = revisions.get(everythingRevision);
  const meetings = new Map<Id, MeetingPart>();
  for (const id of ids) {
    await pace();
    const part =
      (await kept?.take(id, revisions.get(id), everything)) ?? (await readPart(db, id, pace));
    if (part !== null) meetings.set(id, part);
  }
  const last = await db.transaction('r', [...bodyTables(db), db.revisions], async () => {
    const now = new Map((await db.revisions.toArray()).map((r) => [r.id, r.token]));
    const all = now.get(everythingRevision) !== everything;
    const latest =
      all || now.get(sharedRevision) !== shared.revision ? await readShared(db) : shared;
    // Each meeting's rows read again, or null when it is gone; undefined when its part holds.
    const order: [Id, MeetingRows | null | undefined][] = [];
    for (const id of await db.meetings.toCollection().primaryKeys()) {
      const read = meetings.get(id);
      const holds = read !== undefined && !all && read.revision === now.get(id);
      order.push([id, holds ? undefined : await readMeeting(db, id)]);
    }
    return { shared: latest, order, everything: now.get(everythingRevision) };
  });
  if (last.shared.bodies.length === 0) return null;
  const held = new Map<Id, MeetingPart>();
  for (const [id, rows] of last.order) {
    if (rows === null) continue;
    if (rows !== undefined) await pace();
    const part = rows === undefined ? meetings.get(id) : partOf(rows);
    if (part !== undefined) held.set(id, part);
  }
  return { shared: last.shared, meetings: held, everything: last.everything };
}

/**
 * The archive text of everything in the database, as `serializeArchive` writes it with an empty
 * export time (bodies by name; rows of a meeting or action that no longer exists left out), in
 * parts that joined are the text, or null when there is no body: read by {@link readHeld} at
 * `pace`, taking the parts `kept` holds and keeping those read anew. `marker` as for
 * `archivePartsWithMeetings` (a fresh UUID).
 */
export async function readArchiveParts(
  db: MinutebookDb,
  pace: Pace,
  kept: KeptParts | null = null,
  marker: string = crypto.randomUUID(),
): Promise<string[] | null> {
  const held = await readHeld(db, pace, kept);
  if (held === null) return null;
  const parts = [...held.meetings.values()];
  await kept?.keep(parts, held.everything, pace);
  const byBody = groupBy(parts, (part) => part.meeting.bodyId);
  const members = groupBy(held.shared.members, (m) => m.bodyId);
  const unraised = groupBy(held.shared.actions, (a) => a.bodyId);
  const texts = new Map(parts.map((part) => [part.meeting.id, part.text]));
  const rows: BodyRows[] = held.shared.bodies.map((body) => {
    const meetings = byBody.get(body.id) ?? [];
    const actions = [...(unraised.get(body.id) ?? []), ...meetings.flatMap((m) => m.actions)];
    const updates = groupBy(
      meetings.flatMap((m) => m.updates),
      (u) => u.actionId,
    );
    return {
      body,
      members: members.get(body.id) ?? [],
      meetings: meetings.map((m) => m.meeting),
      agendaItems: [],
      minuteBlocks: [],
      attendance: [],
      amendments: [],
      interests: [],
      actions: actions.map(actionOfRow),
      actionUpdates: actions.flatMap((a) => updates.get(a.id) ?? []),
    };
  });
  await pace();
  return archivePartsWithMeetings(archiveFromRows(rows, ''), texts, marker);
}

/** {@link readArchiveParts} joined, read with no rest: the archive's whole text, or null. */
export async function readArchiveText(
  db: MinutebookDb,
  marker: string = crypto.randomUUID(),
): Promise<string | null> {
  const parts = await readArchiveParts(db, noRest, null, marker);
  return parts === null ? null : parts.join('');
}
