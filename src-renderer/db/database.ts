import { Dexie, type EntityTable } from 'dexie';
import type {
  Action,
  ActionTally,
  ActionUpdate,
  AgendaItem,
  Amendment,
  Attendance,
  Body,
  Interest,
  Meeting,
  Member,
} from '../domain';
import type { ItemMinutes } from './block-store';
import { revisionsMiddleware, type Revision } from './revisions';
import {
  acceptedFindingsAndDeclassification,
  actionTallies,
  flagsAgreeWithConfidentiality,
  houseStyles,
  meetingPapers,
  itemMinutesRows,
  minutesStyleAndAttendanceOrder,
} from './migrations';

/**
 * An action as stored: with the tally of its updates (how many, and the meetings of those that
 * close it), which the action log shows without reading the updates. Whatever writes updates
 * keeps the tallies of their actions (`repos/action-tallies.ts`); archives never hold it
 * ({@link actionOfRow}).
 */
export type ActionRow = Action & { tally: ActionTally };

/** The action of a stored row, as the domain and archives know it: without its tally. */
export function actionOfRow(row: ActionRow): Action {
  const action: Partial<ActionRow> = { ...row };
  delete action.tally;
  return action as Action;
}

/**
 * The Minutebook database. Each entity is its own row, so two windows editing one meeting
 * write different rows (or different fields of one row) and never overwrite each other; the
 * blocks of minutes are kept one row per item, each write of one read and written back in its
 * own transaction (db/block-store.ts), which IndexedDB runs one after another.
 *
 * Versions are append-only: a new version adds a `this.version(n)` block with its own
 * `.upgrade()` and a test that seeds version n-1 and upgrades it.
 */
export class MinutebookDb extends Dexie {
  bodies!: EntityTable<Body, 'id'>;
  members!: EntityTable<Member, 'id'>;
  meetings!: EntityTable<Meeting, 'id'>;
  agendaItems!: EntityTable<AgendaItem, 'id'>;
  /** The blocks of minutes, one row per item (db/block-store.ts, the only module to read it). */
  itemMinutes!: EntityTable<ItemMinutes, 'id'>;
  actions!: EntityTable<ActionRow, 'id'>;
  actionUpdates!: EntityTable<ActionUpdate, 'id'>;
  attendance!: EntityTable<Attendance, 'id'>;
  amendments!: EntityTable<Amendment, 'id'>;
  interests!: EntityTable<Interest, 'id'>;
  /** Written beneath every write of a body's rows (db/revisions.ts), read by backups. */
  revisions!: EntityTable<Revision, 'id'>;

  constructor(name = 'minutebook') {
    super(name);
    this.version(1).stores(schemaV1);
    this.version(2).stores(schemaV1).upgrade(flagsAgreeWithConfidentiality);
    this.version(3).stores(schemaV1).upgrade(acceptedFindingsAndDeclassification);
    this.version(4).stores(schemaV1).upgrade(minutesStyleAndAttendanceOrder);
    this.version(5).stores(schemaV5).upgrade(meetingPapers);
    this.version(6).stores(schemaV5).upgrade(houseStyles);
    // Two indexes more, which IndexedDB builds from the stored items; no row changes.
    this.version(7).stores(schemaV7);
    // Every action gets the tally of its updates; no index changes.
    this.version(8).stores(schemaV7).upgrade(actionTallies);
    // A table more, empty until the first write: a meeting without a revision has had none
    // written since, which is all a revision tells.
    this.version(9).stores(schemaV9);
    // The blocks of minutes move into one row per item; their table of one row per block goes.
    this.version(10).stores(schemaV10).upgrade(itemMinutesRows);
    this.use(revisionsMiddleware);
  }
}

/** Version 1: primary key first, then the indexes queries use. */
export const schemaV1 = {
  bodies: 'id, name',
  members: 'id, bodyId',
  meetings: 'id, bodyId, &[bodyId+number]',
  agendaItems: 'id, meetingId, [meetingId+position]',
  minuteBlocks: 'id, meetingId, itemId, [itemId+position]',
  actions: 'id, bodyId, meetingId, itemId, status, &[bodyId+reference]',
  actionUpdates: 'id, actionId, meetingId',
  attendance: 'id, meetingId, memberId',
  amendments: 'id, meetingId',
} as const;

/** Version 5 adds the declarations of interest, by meeting and by item. */
export const schemaV5 = { ...schemaV1, interests: 'id, meetingId, itemId' } as const;

/**
 * Version 7 indexes agenda items by classification and by parent: the items in confidence,
 * and the sub-items under them, are found without reading every agenda that raised an
 * action (the action log and Actions Outstanding ask for them).
 */
export const schemaV7 = {
  ...schemaV5,
  agendaItems: 'id, meetingId, [meetingId+position], classification, parentId',
} as const;

/** Version 9 adds the revisions of each meeting's rows, for backups read a meeting at a time. */
export const schemaV9 = { ...schemaV7, revisions: 'id' } as const;

/**
 * Version 10 keeps an item's blocks of minutes in one row (db/block-store.ts), indexed by
 * meeting and by the ids of the blocks it holds (unique: a block is in one row only).
 */
export const schemaV10 = {
  ...schemaV9,
  minuteBlocks: null,
  itemMinutes: 'id, meetingId, &*blockIds',
} as const;

/** The tables that hold a body's rows, for a transaction that reads or writes a whole body. */
export function bodyTables(db: MinutebookDb) {
  return [
    db.bodies,
    db.members,
    db.meetings,
    db.agendaItems,
    db.itemMinutes,
    db.attendance,
    db.amendments,
    db.interests,
    db.actions,
    db.actionUpdates,
  ];
}
