import { confidentialityOf } from '../../domain';
import type { Action, ActionTally, ActionUpdate, ClassifiedItem, Id, Meeting } from '../../domain';
import type { MinutebookDb } from '../database';

/*
 * Reading a body's action log, and what one meeting's Actions Outstanding needs of it, in as
 * few IndexedDB requests and bytes as a body of fifteen years allows.
 */

/** What the action log reads of a body: its actions with the tallies of their updates. */
export interface ActionLogData {
  actions: Action[];
  /** Each action's tally of its updates (how many, which closed it), by action id. */
  tallies: ReadonlyMap<Id, ActionTally>;
  meetings: Meeting[];
  /**
   * The actions that are confidential by the domain's rule: flagged so, or raised inside a
   * confidential item, and not declassified since. Their updates are confidential too.
   */
  confidential: ReadonlySet<Id>;
}

/** What one meeting's Actions Outstanding reads: actions, the updates that decide them. */
export interface OutstandingData {
  actions: Action[];
  updates: ActionUpdate[];
  meetings: Meeting[];
  /** As {@link ActionLogData.confidential}. */
  confidential: ReadonlySet<Id>;
}

/**
 * Reads a body's actions, with the tallies stored on them, and its meetings, for the log: its
 * 9,000 updates at fifteen years are not read (that was two fifths of opening the log); a row
 * shows its updates when opened ({@link readUpdatesOf}).
 */
export async function readActionLog(db: MinutebookDb, bodyId: Id): Promise<ActionLogData> {
  return db.transaction('r', [db.meetings, db.actions, db.agendaItems], async () => {
    // Every read asked at once, so IndexedDB works through them back to back.
    const [meetings, actions, items] = await Promise.all([
      db.meetings.where('bodyId').equals(bodyId).toArray(),
      db.actions.where('bodyId').equals(bodyId).toArray(),
      itemsInConfidence(db),
    ]);
    const rule = confidentialityOf(items, actions);
    const confidential = new Set(actions.filter((a) => rule.action(a)).map((a) => a.id));
    const tallies = new Map(actions.map((a) => [a.id, a.tally]));
    return { actions, tallies, meetings, confidential };
  });
}

/** An action's updates, as the log shows them when its row is opened. */
export async function readUpdatesOf(db: MinutebookDb, actionId: Id): Promise<ActionUpdate[]> {
  return db.actionUpdates.where('actionId').equals(actionId).toArray();
}

/** The tables Actions Outstanding reads. */
const logTables = (db: MinutebookDb) => [db.meetings, db.actions, db.actionUpdates, db.agendaItems];

/** The rows `read` finds for each of the ids, in one list. */
async function readEach<T>(ids: readonly Id[], read: (id: Id) => Promise<T[]>): Promise<T[]> {
  return (await Promise.all(ids.map(read))).flat();
}

/**
 * Up to this many actions, their updates are read one request each; beyond, the table is read
 * whole and sifted. A request for a few rows is mostly its round trip: at the latest meeting
 * of a body of fifteen years, 1,300 actions were open, and reading their updates one request
 * each (2,800 requests with the actions' own) took longer than reading the 9,000 updates in
 * one. (The table is not counted to choose: IndexedDB counts by walking it, 20–50 ms there.)
 */
const readEachUpToDefault = 300;

/**
 * What a meeting's Actions Outstanding item reads, without the whole log: the body's meetings,
 * the actions that can be outstanding at the meeting or were updated at it, and the updates
 * that decide and show it. An action outstanding at a meeting is open, or was closed by an
 * update at that meeting or a later one, so those are the only ones read: at the latest
 * meeting of a body of fifteen years that is 1,300 actions, not 4,000, and the updates of
 * the last meeting or so, not 9,000. The updates read are those given at this meeting and
 * later, and every update of each closed action read. `readEachUpTo` is
 * {@link readEachUpToDefault} but in tests, which try both ways of reading the updates.
 */
export async function readOutstandingAt(
  db: MinutebookDb,
  meetingId: Id,
  readEachUpTo = readEachUpToDefault,
): Promise<OutstandingData> {
  return db.transaction('r', logTables(db), () => readOutstandingOf(db, meetingId, readEachUpTo));
}

async function readOutstandingOf(
  db: MinutebookDb,
  meetingId: Id,
  readEachUpTo: number,
): Promise<OutstandingData> {
  const meeting = await db.meetings.get(meetingId);
  if (!meeting) return { actions: [], updates: [], meetings: [], confidential: new Set() };
  // Asked first: it depends on nothing else read here.
  const inConfidence = itemsInConfidence(db);
  const [meetings, open] = await Promise.all([
    db.meetings.where('bodyId').equals(meeting.bodyId).toArray(),
    db.actions.where('status').equals('open').toArray(),
  ]);
  const later = meetings.filter((m) => m.number >= meeting.number);
  const updatedLater = await readEach(
    later.map((m) => m.id),
    (id) => db.actionUpdates.where('meetingId').equals(id).toArray(),
  );
  // An action raised at this meeting or a later one is not outstanding here: unless it was
  // updated here, neither it nor the agenda that raised it (this one, being typed) is read.
  const numbers = new Map(meetings.map((m) => [m.id, m.number]));
  const updatedHere = new Set(
    updatedLater.filter((u) => u.meetingId === meetingId).map((u) => u.actionId),
  );
  const wanted = (a: Action) =>
    a.bodyId === meeting.bodyId &&
    (a.meetingId === null ||
      (numbers.get(a.meetingId) ?? Infinity) < meeting.number ||
      updatedHere.has(a.id));
  // An open action is outstanding whatever its updates say (isOutstandingAt): of the open
  // ones, only their updates here and later are read (1,300 open actions had 9,000 updates).
  const openById = new Map(open.filter(wanted).map((a) => [a.id, a]));
  // A closed one is outstanding here when no update at an earlier meeting closed it: those
  // updated here or later are read, with all their updates.
  const laterIds = [...new Set(updatedLater.map((u) => u.actionId))];
  const closedById = new Map<Id, Action>();
  for (const action of await db.actions.bulkGet(laterIds.filter((id) => !openById.has(id))))
    if (action !== undefined && action.status !== 'open' && wanted(action))
      closedById.set(action.id, action);
  const [closedUpdates, items] = await Promise.all([
    updatesOf(db, closedById, readEachUpTo),
    inConfidence,
  ]);
  const actions = [...openById.values(), ...closedById.values()];
  const updates = [...updatedLater.filter((u) => openById.has(u.actionId)), ...closedUpdates];
  const rule = confidentialityOf(items, actions);
  const confidential = new Set(actions.filter((a) => rule.action(a)).map((a) => a.id));
  return { actions, updates, meetings, confidential };
}

/** The updates of the actions: one request each for a few actions, the table sifted for many. */
async function updatesOf(
  db: MinutebookDb,
  actions: ReadonlyMap<Id, Action>,
  readEachUpTo: number,
): Promise<ActionUpdate[]> {
  if (actions.size > readEachUpTo)
    return (await db.actionUpdates.toArray()).filter((u) => actions.has(u.actionId));
  const each = [...actions.keys()].map((id) => db.actionUpdates.where('actionId').equals(id));
  return (await Promise.all(each.map((rows) => rows.toArray()))).flat();
}

/**
 * The agenda items that are confidential, with every item under one, of all meetings, as the
 * rule reads them: all it needs to judge an action by the item that raised it (an action
 * whose item is not among them is judged by its own flag). Read from the classification and
 * parent indexes' keys alone, a level of the agendas' trees at a time: the confidential items,
 * then the items under them, and so on. No item's words are read (the agendas of every
 * meeting that raised an action were 5,500 items at fifteen years), nor the parent index
 * whole (2,000 sub-items there, 70–170 ms against 60–80 for the 200 under confidential
 * items); in a live query, typing in an item does not read them again, and changing its
 * classification or its parent does. A confidential item is given no parent: it is in
 * confidence whatever is above it.
 */
async function itemsInConfidence(db: MinutebookDb): Promise<ClassifiedItem[]> {
  const found: ClassifiedItem[] = [];
  const seen = new Set<Id>();
  const confidential = await db.agendaItems
    .where('classification')
    .equals('confidential')
    .primaryKeys();
  let level = confidential.map((id) => ({ id, parentId: null as Id | null }));
  while (level.length > 0) {
    const fresh = level.filter(({ id }) => !seen.has(id));
    for (const { id, parentId } of fresh) {
      seen.add(id);
      found.push({ id, parentId, classification: parentId === null ? 'confidential' : 'public' });
    }
    const children = await Promise.all(
      fresh.map(({ id }) => db.agendaItems.where('parentId').equals(id).primaryKeys()),
    );
    level = fresh.flatMap(({ id }, i) =>
      (children[i] ?? []).map((child) => ({ id: child, parentId: id })),
    );
  }
  return found;
}
