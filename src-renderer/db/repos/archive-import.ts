import {
  rowsFromArchiveBody,
  type Archive,
  type BodyRows,
  type Id,
  type MinuteBlock,
} from '../../domain';
import type { DataContext } from '../context';
import { DataError } from '../errors';
import { bodyTables, type MinutebookDb } from '../database';
import { talliesOf } from './action-tallies';
import { getBlocks, itemMinutesOf, storedBlockIds, type ItemMinutes } from '../block-store';

/** How far an import has got: records written of those to write. */
export interface ImportProgress {
  written: number;
  total: number;
}

/** Told after each batch of records is written; it must not wait on anything. */
export type OnImportProgress = (progress: ImportProgress) => void;

/**
 * Records written per request, with progress told after each: a fifteen-year body (72,000
 * records) goes in about 150 steps. (Keeping two or three batches queued in IndexedDB instead
 * of waiting for each was measured: it did not make an import shorter.)
 */
export const importBatch = 500;

const backInTime =
  'To go back to an earlier state of it, restore a backup on the Backups screen (a restore replaces everything here).';

/**
 * Writes a validated archive into the database, whole or not at all: one transaction over
 * every table, ids kept. A body whose id is already here is refused, never merged or
 * overwritten, so an import can never undo what has been typed since the archive was made;
 * so is an archive any of whose records (members, meetings, items, actions …) is already
 * here, as in a copy of a body under another id. The refusal says which body it is.
 * Returns the ids of the bodies imported. A large archive is written in batches, with
 * `onProgress` told after each, still in that one transaction: a failure at any batch leaves
 * the database as it was.
 */
export async function importArchive(
  ctx: DataContext,
  archive: Archive,
  onProgress?: OnImportProgress,
): Promise<string[]> {
  const { db } = ctx;
  return db.transaction('rw', bodyTables(db), async () => {
    for (const archived of archive.bodies) {
      const existing = await db.bodies.get(archived.id);
      if (existing !== undefined) {
        throw new DataError(
          `"${existing.name}" is already here, so the archive was not imported: an import adds a body, it never replaces one. Nothing was changed. ${backInTime}`,
          'conflict',
        );
      }
    }
    const bodies = archive.bodies.map(rowsFromArchiveBody);
    const clash = await describeClash(db, bodies);
    if (clash !== null) throw new DataError(clash, 'conflict');
    const write = writer(bodies, onProgress);
    try {
      for (const rows of bodies) await addRows(db, rows, write);
    } catch (error) {
      // Found above in the common case; this catches what slipped through (a record the
      // archive itself holds twice), in the app's words rather than IndexedDB's.
      if (!isConstraintError(error)) throw error;
      throw new DataError(
        'This archive holds a record twice or one already here, so it was not imported. Nothing was changed.',
        'conflict',
      );
    }
    return archive.bodies.map((b) => b.id);
  });
}

/**
 * Replaces everything in the database with the archive's bodies (a restore from a backup):
 * one transaction, so either the archive is all there afterwards or nothing has changed. It is
 * written in batches as an import is, with `onProgress` told after each.
 */
export async function replaceWithArchive(
  ctx: DataContext,
  archive: Archive,
  onProgress?: OnImportProgress,
): Promise<void> {
  const { db } = ctx;
  const tables = bodyTables(db);
  const bodies = archive.bodies.map(rowsFromArchiveBody);
  const write = writer(bodies, onProgress);
  await db.transaction('rw', tables, async () => {
    for (const table of tables) await table.clear();
    for (const rows of bodies) await addRows(db, rows, write);
  });
}

/** Writes one table's records in batches, counting them towards the progress reported. */
type Write = <T>(
  table: { bulkAdd(rows: readonly T[]): PromiseLike<unknown> },
  rows: readonly T[],
  records?: (row: T) => number,
) => Promise<void>;

/** The records a row of the blocks' table holds: its item's blocks. */
const blockCount = (row: ItemMinutes) => row.blocks.length;

function writer(bodies: readonly BodyRows[], onProgress?: OnImportProgress): Write {
  const total = bodies.reduce((n, rows) => n + recordCount(rows), 0);
  let written = 0;
  return async (table, rows, records = () => 1) => {
    let start = 0;
    while (start < rows.length) {
      // A batch holds about importBatch records, whatever number of rows holds them.
      let end = start;
      let count = 0;
      while (end < rows.length) {
        const more = records(rows[end] as never);
        if (end > start && count + more > importBatch) break;
        count += more;
        end += 1;
      }
      await table.bulkAdd(rows.slice(start, end));
      written += count;
      start = end;
      onProgress?.({ written, total });
    }
  };
}

/** The records of one body: the body itself and its rows in every table. */
function recordCount(rows: BodyRows): number {
  return (
    1 +
    rows.members.length +
    rows.meetings.length +
    rows.agendaItems.length +
    rows.minuteBlocks.length +
    rows.attendance.length +
    rows.amendments.length +
    rows.interests.length +
    rows.actions.length +
    rows.actionUpdates.length
  );
}

/** Adds one body's rows; call inside a write transaction over bodyTables. */
async function addRows(db: MinutebookDb, rows: BodyRows, write: Write): Promise<void> {
  await write(db.bodies, [rows.body]);
  await write(db.members, rows.members);
  await write(db.meetings, rows.meetings);
  await write(db.agendaItems, rows.agendaItems);
  await write(db.itemMinutes, itemMinutesOf(rows.minuteBlocks), blockCount);
  await write(db.attendance, rows.attendance);
  await write(db.amendments, rows.amendments);
  await write(db.interests, rows.interests);
  const tally = talliesOf(rows.actionUpdates);
  await write(
    db.actions,
    rows.actions.map((action) => ({ ...action, tally: tally(action.id) })),
  );
  await write(db.actionUpdates, rows.actionUpdates);
}

function isConstraintError(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  return name === 'BulkError' || name === 'ConstraintError';
}

/** A stored record met under an archive's id: what it is, and its body or its meeting. */
interface Held {
  kind: Kind;
  bodyId?: Id;
  meetingId?: Id;
}

type Kind = readonly [one: string, many: string];

/** "1 member", "3 entries in the minutes". */
function count(n: number, [one, many]: Kind): string {
  return `${String(n)} ${n === 1 ? one : many}`;
}

/** "a", "a and b", "a, b and c". */
function listed(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/**
 * The stored records among `records` (by id), each placed by `place`. The table's keys are read
 * in one request and compared here: asking for each of a large archive's 70,000 ids in turn
 * took seconds. Only the records met are then read.
 */
async function storedOf<T extends { id: Id }>(
  table: {
    bulkGet(keys: Id[]): PromiseLike<(T | undefined)[]>;
    toCollection(): { primaryKeys(): PromiseLike<Id[]> };
  },
  records: readonly T[],
  place: (stored: T) => Held,
): Promise<Held[]> {
  if (records.length === 0) return [];
  const held = new Set(await table.toCollection().primaryKeys());
  const met = records.filter((r) => held.has(r.id)).map((r) => r.id);
  if (met.length === 0) return [];
  const stored = await table.bulkGet(met);
  return stored.filter((r): r is T => r !== undefined).map(place);
}

/** The stored blocks among `blocks` (by id), each placed by `place`; as {@link storedOf}. */
async function storedBlocksOf(
  db: MinutebookDb,
  blocks: readonly MinuteBlock[],
  place: (stored: MinuteBlock) => Held,
): Promise<Held[]> {
  if (blocks.length === 0) return [];
  const held = await storedBlockIds(db);
  const met = blocks.filter((b) => held.has(b.id)).map((b) => b.id);
  if (met.length === 0) return [];
  const stored = await getBlocks(db, met);
  return stored.filter((b): b is MinuteBlock => b !== undefined).map(place);
}

/**
 * Why `bodies` cannot be added, in the app's words, when any of their records' ids is
 * already here (IndexedDB would refuse it with "members.bulkAdd(): 10 of 10 operations
 * failed"); null when none is.
 */
async function describeClash(
  db: MinutebookDb,
  bodies: readonly BodyRows[],
): Promise<string | null> {
  const all = <T>(pick: (rows: BodyRows) => T[]) => bodies.flatMap(pick);
  const ofBody = (kind: Kind) => (r: { bodyId: Id }) => ({ kind, bodyId: r.bodyId });
  const ofMeeting = (kind: Kind) => (r: { meetingId: Id }) => ({ kind, meetingId: r.meetingId });
  const found = [
    await storedOf(
      db.members,
      all((b) => b.members),
      ofBody(['member', 'members']),
    ),
    await storedOf(
      db.meetings,
      all((b) => b.meetings),
      ofBody(['meeting', 'meetings']),
    ),
    await storedOf(
      db.agendaItems,
      all((b) => b.agendaItems),
      ofMeeting(['agenda item', 'agenda items']),
    ),
    await storedBlocksOf(
      db,
      all((b) => b.minuteBlocks),
      ofMeeting(['entry in the minutes', 'entries in the minutes']),
    ),
    await storedOf(
      db.attendance,
      all((b) => b.attendance),
      ofMeeting(['attendance record', 'attendance records']),
    ),
    await storedOf(
      db.amendments,
      all((b) => b.amendments),
      ofMeeting(['amendment', 'amendments']),
    ),
    await storedOf(
      db.interests,
      all((b) => b.interests),
      ofMeeting(['declaration of interest', 'declarations of interest']),
    ),
    await storedOf(
      db.actions,
      all((b) => b.actions),
      ofBody(['action', 'actions']),
    ),
    await storedOf(
      db.actionUpdates,
      all((b) => b.actionUpdates),
      ofMeeting(['action update', 'action updates']),
    ),
  ];
  const clashes = found.filter((held) => held.length > 0);
  const [first] = clashes.flat();
  if (first === undefined) return null;
  const counts = listed(clashes.map((held) => count(held.length, held[0]?.kind ?? ['', ''])));
  const bodyId =
    first.bodyId ??
    (first.meetingId === undefined ? undefined : (await db.meetings.get(first.meetingId))?.bodyId);
  const owner = bodyId === undefined ? undefined : await db.bodies.get(bodyId);
  const nothing = 'an import adds records, it never replaces them. Nothing was changed.';
  if (owner === undefined) {
    return `This archive contains records already here (${counts}), so it was not imported: ${nothing}`;
  }
  const name = `"${owner.name}"`;
  return `This archive contains records of a body already here, ${name} (${counts}), under another id: it looks like a copy of ${name}, so it was not imported: ${nothing} ${backInTime}`;
}
