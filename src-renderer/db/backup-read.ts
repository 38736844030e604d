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
import { everythingRevision, sharedRevision } from './revisions';

/** The rows of one meeting a backup holds, read together, with the meeting's revision then. */
interface MeetingRows {
  meeting: Meeting;
  agendaItems: AgendaItem[];
  /** Its entries in the minutes as one JSON text (see {@link readHeld}). */
  minutes: string;
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

/** What the backup's read holds: the shared rows, and each meeting's by its id. */
interface Held {
  shared: SharedRows;
  meetings: Map<Id, MeetingRows>;
}

const tokenOf = async (db: MinutebookDb, key: string) => (await db.revisions.get(key))?.token;

/** The shared rows; call inside a read transaction over the bodies, members, actions, revisions. */
async function readShared(db: MinutebookDb): Promise<SharedRows> {
  return {
    bodies: await db.bodies.orderBy('name').toArray(),
    members: await db.members.toArray(),
    // Not in the meeting index, which leaves out a null: every action is looked at.
    actions: await db.actions.filter((a) => a.meetingId === null).toArray(),
    revision: await tokenOf(db, sharedRevision),
  };
}

/** The tables of one meeting's rows (all a body's but the bodies and members), with the revisions. */
function meetingTables(db: MinutebookDb) {
  const shared = new Set<unknown>([db.bodies, db.members]);
  return [...bodyTables(db).filter((table) => !shared.has(table)), db.revisions];
}

/**
 * One meeting's rows, or null when it is gone; call inside a read transaction over
 * {@link meetingTables}. Its minutes are held as JSON text (native and quick), not as rows: so
 * the 50,000 entries of fifteen years of minutes are never held at once, which kept the backup
 * worker's garbage collector copying them on the cores the page someone types in needs.
 */
async function readMeeting(db: MinutebookDb, id: Id): Promise<MeetingRows | null> {
  const meeting = await db.meetings.get(id);
  if (meeting === undefined) return null;
  const of = <T>(table: {
    where(index: 'meetingId'): { equals(key: Id): { toArray(): Promise<T[]> } };
  }) => table.where('meetingId').equals(id).toArray();
  return {
    meeting,
    agendaItems: await of(db.agendaItems),
    minutes: JSON.stringify(await of(db.minuteBlocks)),
    attendance: await of(db.attendance),
    amendments: await of(db.amendments),
    interests: await of(db.interests),
    actions: await of(db.actions),
    updates: await of(db.actionUpdates),
    revision: await tokenOf(db, id),
  };
}

/**
 * Everything a backup writes, as one consistent state, read a meeting at a time in a read
 * transaction of its own, with a rest at `pace` between meetings: a single transaction cannot
 * rest, and reading 74,000 rows flat out left the page someone types in without a core (frames
 * of 70–100 ms). Each write to a meeting's rows writes a fresh revision of it (db/revisions.ts):
 * a last transaction reads the revisions and reads again the meetings (and the shared rows)
 * whose revision moved since they were read, and those added; all of it when a table was
 * cleared meanwhile. So every meeting is held as the last transaction sees it. The page's own
 * requests wait for one meeting's read at most. Null when there is no body.
 */
async function readHeld(db: MinutebookDb, pace: Pace): Promise<Held | null> {
  const [shared, ids, everything] = await db.transaction(
    'r',
    [db.bodies, db.members, db.meetings, db.actions, db.revisions],
    async () =>
      [
        await readShared(db),
        await db.meetings.toCollection().primaryKeys(),
        await tokenOf(db, everythingRevision),
      ] as const,
  );
  if (shared.bodies.length === 0) return null;
  const meetings = new Map<Id, MeetingRows>();
  for (const id of ids) {
    await pace();
    const rows = await db.transaction('r', meetingTables(db), () => readMeeting(db, id));
    if (rows !== null) meetings.set(id, rows);
  }
  return db.transaction('r', [...bodyTables(db), db.revisions], async () => {
    const now = new Map((await db.revisions.toArray()).map((r) => [r.id, r.token]));
    const all = now.get(everythingRevision) !== everything;
    const latest =
      all || now.get(sharedRevision) !== shared.revision ? await readShared(db) : shared;
    if (latest.bodies.length === 0) return null;
    const held = new Map<Id, MeetingRows>();
    for (const id of await db.meetings.toCollection().primaryKeys()) {
      const read = meetings.get(id);
      const rows =
        read !== undefined && !all && read.revision === now.get(id)
          ? read
          : await readMeeting(db, id);
      if (rows !== null) held.set(id, rows);
    }
    return { shared: latest, meetings: held };
  });
}

/** One meeting's text in the archive, from its rows as read. */
function meetingText(rows: MeetingRows): string {
  return meetingArchiveText({
    ...rows.meeting,
    agendaItems: rows.agendaItems,
    minuteBlocks: JSON.parse(rows.minutes) as MinuteBlock[],
    attendance: rows.attendance,
    amendments: rows.amendments,
    interests: rows.interests,
  });
}

/**
 * The archive text of everything in the database, as `serializeArchive` writes it with an empty
 * export time (bodies by name; rows of a meeting or action that no longer exists left out), in
 * parts that joined are the text, or null when there is no body: read by {@link readHeld} and
 * written a meeting at a time, both at `pace`, each meeting's rows let go once its text is
 * written. `marker` as for `archivePartsWithMeetings` (a fresh UUID).
 */
export async function readArchiveParts(
  db: MinutebookDb,
  pace: Pace,
  marker: string = crypto.randomUUID(),
): Promise<string[] | null> {
  const held = await readHeld(db, pace);
  if (held === null) return null;
  const byBody = groupBy([...held.meetings.values()], (rows) => rows.meeting.bodyId);
  const members = groupBy(held.shared.members, (m) => m.bodyId);
  const unraised = groupBy(held.shared.actions, (a) => a.bodyId);
  const texts = new Map<Id, string>();
  const rows: BodyRows[] = [];
  for (const body of held.shared.bodies) {
    const meetings = byBody.get(body.id) ?? [];
    const actions = [...(unraised.get(body.id) ?? []), ...meetings.flatMap((m) => m.actions)];
    const updates = groupBy(
      meetings.flatMap((m) => m.updates),
      (u) => u.actionId,
    );
    for (const meeting of meetings) {
      await pace();
      texts.set(meeting.meeting.id, meetingText(meeting));
      held.meetings.delete(meeting.meeting.id);
    }
    rows.push({
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
    });
  }
  await pace();
  return archivePartsWithMeetings(archiveFromRows(rows, ''), texts, marker);
}

/** {@link readArchiveParts} joined, read with no rest: the archive's whole text, or null. */
export async function readArchiveText(
  db: MinutebookDb,
  marker: string = crypto.randomUUID(),
): Promise<string | null> {
  const parts = await readArchiveParts(db, noRest, marker);
  return parts === null ? null : parts.join('');
}
