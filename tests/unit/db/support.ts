/**
 * Helpers for the db tests: a database per test on fake-indexeddb, and a DataContext whose
 * clock, user and ids the test controls.
 */
import { afterEach, expect } from 'vitest';
import type { BackupShelf } from '../../../src-renderer/platform';
import {
  addItem,
  createBrowserBackupShelf,
  createBody,
  createMeeting,
  DataError,
  MinutebookDb,
  readAllBodyRows,
  readBodyRows,
  setMeetingStatus,
  type DataContext,
  type JournalStorage,
} from '../../../src-renderer/db';
import {
  archiveFromRows,
  noUpdates,
  serializeArchive,
  tallyUpdates,
} from '../../../src-renderer/domain';
import type {
  Action,
  ActionTally,
  ActionUpdate,
  BodyInput,
  Id,
  MeetingInput,
  MinuteBlock,
} from '../../../src-renderer/domain';

export const start = '2016-03-10T10:00:00.000Z';

export interface TestContext extends DataContext {
  /** Moves the clock on (one minute by default) and returns the new time. */
  advance: (ms?: number) => string;
  /** Changes who is editing from now on. */
  setUser: (name: string) => void;
}

/** A context with a clock that moves only when told and ids "prefix-0001", "prefix-0002"… */
export function fakeContext(
  db: MinutebookDb,
  options: { user?: string; idPrefix?: string; at?: string } = {},
): TestContext {
  let time = Date.parse(options.at ?? start);
  let user = options.user ?? 'SECAS';
  let count = 0;
  const prefix = options.idPrefix ?? 'id';
  return {
    db,
    user: () => user,
    now: () => new Date(time).toISOString(),
    newId: () => `${prefix}-${String(++count).padStart(4, '0')}`,
    advance: (ms = 60_000) => {
      time += ms;
      return new Date(time).toISOString();
    },
    setUser: (name) => {
      user = name;
    },
  };
}

/**
 * Registers cleanup and returns an opener: every database opened through it is closed and
 * deleted after each test. Call once at the top level of a test file.
 */
export function useTestDatabases(): (name?: string) => MinutebookDb {
  const opened: MinutebookDb[] = [];
  afterEach(async () => {
    const dbs = opened.splice(0);
    // Whatever a test wrote, every action's stored tally agrees with its updates.
    for (const db of dbs) if (db.isOpen()) await expectTalliesTrue(db);
    for (const db of dbs) db.close();
    for (const name of new Set(dbs.map((db) => db.name))) await MinutebookDb.delete(name);
  });
  return (name = crypto.randomUUID()) => {
    const db = new MinutebookDb(name);
    opened.push(db);
    return db;
  };
}

export const secPanel: BodyInput = {
  name: 'SEC Panel',
  minutesName: 'The Panel',
  actionPrefix: 'SECP',
  secretariat: 'SECAS',
};

export const meeting30: MeetingInput = {
  number: 30,
  date: '2016-03-10',
  startTime: '10:00',
  venue: 'Elexon, 350 Euston Road, London',
};

/** A body with meeting 30, in draft. */
export async function seedMeeting(ctx: DataContext): Promise<{ bodyId: Id; meetingId: Id }> {
  const bodyId = await createBody(ctx, secPanel);
  const meetingId = await createMeeting(ctx, bodyId, meeting30);
  return { bodyId, meetingId };
}

/** Meeting 30 of a body with two agenda items, the minutes' blocks to be added under them. */
export async function seedTwoItems<C extends DataContext>(ctx: C) {
  const { bodyId, meetingId } = await seedMeeting(ctx);
  const itemId = await addItem(ctx, meetingId, { title: 'Privacy Assessment' });
  const otherItemId = await addItem(ctx, meetingId, { title: 'Testing Update' });
  return { ctx, bodyId, meetingId, itemId, otherItemId };
}

/** Takes a meeting from draft to approved, the only way the app does it. */
export async function approve(ctx: DataContext, meetingId: Id): Promise<void> {
  await setMeetingStatus(ctx, meetingId, 'live');
  await setMeetingStatus(ctx, meetingId, 'held');
  await setMeetingStatus(ctx, meetingId, 'approved');
}

/** A paragraph of minutes for an item, written straight into the table. */
export function paragraph(
  ctx: TestContext,
  meetingId: Id,
  itemId: Id,
  text: string,
  position = 'a0',
): MinuteBlock {
  const at = ctx.now();
  return {
    id: ctx.newId(),
    meetingId,
    itemId,
    position,
    confidential: false,
    kind: 'paragraph',
    text,
    createdAt: at,
    updatedAt: at,
    updatedBy: ctx.user(),
  };
}

/** Runs `promise` and returns the error it rejects with, failing if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

/**
 * The DataError a refused write rejects with. Dexie re-wraps an error thrown inside a
 * transaction whose `name` matches an IndexedDB DOMException name, and "DataError" is one, so
 * today the repository's error arrives as Dexie's DataError with ours in `inner` (see
 * errors.test.ts, which asserts the unwrapped contract). This looks through that wrapper so
 * the other tests check what was refused and why.
 */
export function dataErrorOf(error: unknown): DataError | undefined {
  if (error instanceof DataError) return error;
  const inner: unknown =
    error instanceof Error && 'inner' in error ? (error as { inner: unknown }).inner : undefined;
  return inner instanceof DataError ? inner : undefined;
}

/** Asserts that `promise` rejects with a DataError of `code` (and `message`, when given). */
export async function expectDataError(
  promise: Promise<unknown>,
  code: DataError['code'],
  message?: string | RegExp,
): Promise<DataError> {
  const error = await rejection(promise);
  const dataError = dataErrorOf(error);
  expect(dataError, `expected a DataError, got ${String(error)}`).toBeInstanceOf(DataError);
  if (!dataError) throw new Error('unreachable');
  expect(dataError.code).toBe(code);
  if (message !== undefined) expect(dataError.message).toMatch(message);
  return dataError;
}

/** Every stored action's tally is what its stored updates make it. */
export async function expectTalliesTrue(db: MinutebookDb): Promise<void> {
  const [actions, updates] = await Promise.all([db.actions.toArray(), db.actionUpdates.toArray()]);
  const tallies = tallyUpdates(updates);
  for (const action of actions) {
    const tally = tallies.get(action.id) ?? noUpdates();
    expect(
      { updates: action.tally.updates, closing: [...action.tally.closingMeetings].sort() },
      `the tally of ${action.reference}`,
    ).toEqual({ updates: tally.updates, closing: [...tally.closingMeetings].sort() });
  }
}

/** Actions with the tallies of their updates among `updates`, as the database stores them. */
export function withTallies<T extends Action>(
  actions: readonly T[],
  updates: readonly ActionUpdate[],
): (T & { tally: ActionTally })[] {
  const tallies = tallyUpdates(updates);
  return actions.map((a) => ({ ...a, tally: tallies.get(a.id) ?? noUpdates() }));
}

/** A body's actions and all their updates, as the database holds them. */
export async function actionsAndUpdates(
  db: MinutebookDb,
  bodyId: Id,
): Promise<{ actions: Action[]; updates: ActionUpdate[] }> {
  const rows = await readBodyRows(db, bodyId);
  return { actions: rows.actions, updates: rows.actionUpdates };
}

/**
 * Every row of every table, to prove a refused write changed nothing; not the revisions, which
 * a write undone (an undo, a restore) leaves changed, as it should (db/revisions.ts).
 */
export async function snapshot(db: MinutebookDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables)
    if (table.name !== 'revisions') out[table.name] = await table.toArray();
  return out;
}

/** Web Storage in memory, with the same API as localStorage, for the write-ahead journal. */
export class MemoryStorage implements JournalStorage {
  readonly map = new Map<string, string>();
  /** When set, every write fails as a full Web Storage does. */
  full = false;
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

/** A shelf in a database of its own, on a clock the test moves. */
export function testShelf(keep = 30): { shelf: BackupShelf; tick: () => void } {
  let time = Date.parse('2026-11-25T14:00:00.000Z');
  return {
    shelf: createBrowserBackupShelf(`backups-${crypto.randomUUID()}`, () => new Date(time), keep),
    tick: () => {
      time += 60_000;
    },
  };
}

/** What an export of every body writes now, with an empty export time. */
export async function exportedNow(db: MinutebookDb): Promise<string> {
  return serializeArchive(archiveFromRows(await readAllBodyRows(db), ''));
}
