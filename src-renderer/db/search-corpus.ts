import { confidentialityOf } from '../domain';
import type {
  Action,
  ActionUpdate,
  AgendaItem,
  Amendment,
  Attendance,
  Body,
  Confidentiality,
  Id,
  Interest,
  Meeting,
  MinuteBlock,
} from '../domain';
import {
  actionDoc,
  amendmentDoc,
  attendanceDoc,
  blockDocs,
  interestDoc,
  isConfidentialDoc,
  itemDoc,
  updateDoc,
  type SearchDoc,
} from '../domain/search-docs';
import type { SearchedTable } from './search-changes';

/** The rows of one read: each table's rows by id, and the ids asked for but no longer there. */
export interface RowBatch {
  bodies: Body[];
  meetings: Meeting[];
  agendaItems: AgendaItem[];
  minuteBlocks: MinuteBlock[];
  actions: Action[];
  actionUpdates: ActionUpdate[];
  attendance: Attendance[];
  interests: Interest[];
  amendments: Amendment[];
  /**
   * The items whose blocks `minuteBlocks` holds all of: a block the index knew under one of
   * them and not among those was deleted.
   */
  blockItems: Id[];
  /** Ids of rows deleted, by table. */
  gone: Partial<Record<SearchedTable, string[]>>;
}

/**
 * What the index knows besides its words: the meetings and bodies (for the groups and the
 * filters), the items and actions (for the rule of confidentiality, asked afresh once either
 * changes), the actions' entries in the minutes and their updates, and which documents each
 * row gave. `take` folds a batch of rows in and says which documents to drop and to add.
 */
export class SearchCorpus {
  readonly bodies = new Map<Id, Body>();
  readonly meetings = new Map<Id, Meeting>();
  readonly items = new Map<Id, AgendaItem>();
  readonly actions = new Map<Id, Action>();
  readonly docs = new Map<string, SearchDoc>();
  private readonly entries = new Map<Id, MinuteBlock>();
  private readonly entryAction = new Map<Id, Id>();
  private readonly updates = new Map<Id, ActionUpdate>();
  private readonly updatesOf = new Map<Id, Set<Id>>();
  private readonly docsOf = new Map<Id, string[]>();
  private readonly blocksOf = new Map<Id, Set<Id>>();
  private rule: Confidentiality | null = null;
  private outstanding: Map<Id, Id> | null = null;

  /** The rule of confidentiality over every item and action now known. */
  confidentiality(): Confidentiality {
    if (this.rule === null) {
      this.rule = confidentialityOf([...this.items.values()], [...this.actions.values()]);
    }
    return this.rule;
  }

  /**
   * Whether a document is confidential, by the rule, remembered until an item or action
   * changes (a changed block, decision or update is a new document, asked afresh).
   */
  isConfidential(doc: SearchDoc): boolean {
    const rule = this.confidentiality();
    if (doc.memo?.rule !== rule) doc.memo = { rule, secret: isConfidentialDoc(doc, rule) };
    return doc.memo.secret;
  }

  /** A meeting's Actions Outstanding item, where the updates given at it are read. */
  outstandingItem(meetingId: Id): Id | null {
    if (this.outstanding === null) {
      this.outstanding = new Map();
      for (const item of this.items.values())
        if (item.kind === 'actions-outstanding') this.outstanding.set(item.meetingId, item.id);
    }
    return this.outstanding.get(meetingId) ?? null;
  }

  /** Folds rows in; returns the ids of documents to take out of the index and those to add. */
  take(batch: RowBatch): { removed: string[]; added: SearchDoc[] } {
    const touched = new Set<Id>();
    const retire: { rowId: Id; build: () => SearchDoc[] }[] = [];
    const gone = (table: SearchedTable) => batch.gone[table] ?? [];
    const bodyOf = (meetingId: Id) => this.meetings.get(meetingId)?.bodyId ?? '';
    const blocksGone = this.blocksGone(batch);

    for (const body of batch.bodies) this.bodies.set(body.id, body);
    for (const id of gone('bodies')) this.bodies.delete(id);
    for (const meeting of batch.meetings) this.meetings.set(meeting.id, meeting);
    for (const id of gone('meetings')) this.meetings.delete(id);
    if (batch.agendaItems.length + gone('agendaItems').length > 0) {
      this.rule = null;
      this.outstanding = null;
    }
    if (batch.actions.length + gone('actions').length > 0) this.rule = null;

    for (const action of batch.actions) this.actions.set(action.id, action);
    for (const id of gone('actions')) this.actions.delete(id);
    for (const block of batch.minuteBlocks) {
      if (block.kind !== 'action') continue;
      this.entries.set(block.actionId, block);
      this.entryAction.set(block.id, block.actionId);
    }
    for (const id of blocksGone) {
      const actionId = this.entryAction.get(id);
      if (actionId === undefined) continue;
      this.entryAction.delete(id);
      if (this.entries.get(actionId)?.id === id) this.entries.delete(actionId);
      touched.add(actionId);
    }
    for (const update of batch.actionUpdates) {
      this.updates.set(update.id, update);
      const set = this.updatesOf.get(update.actionId) ?? new Set();
      this.updatesOf.set(update.actionId, set.add(update.id));
    }
    for (const id of gone('actionUpdates')) {
      const update = this.updates.get(id);
      if (update !== undefined) this.updatesOf.get(update.actionId)?.delete(id);
      this.updates.delete(id);
      retire.push({ rowId: id, build: () => [] });
    }

    // Actions whose own row, entry or reference changed: their document and their updates'.
    for (const action of batch.actions) touched.add(action.id);
    for (const block of batch.minuteBlocks)
      if (block.kind === 'action') touched.add(block.actionId);
    for (const id of gone('actions')) touched.add(id);
    for (const actionId of touched) {
      const action = this.actions.get(actionId);
      retire.push({
        rowId: actionId,
        build: () =>
          action === undefined ? [] : [actionDoc(action, this.entries.get(actionId) ?? null)],
      });
      for (const updateId of this.updatesOf.get(actionId) ?? []) {
        const update = this.updates.get(updateId);
        if (update !== undefined)
          retire.push({ rowId: updateId, build: () => [updateDoc(update, action)] });
      }
    }
    for (const update of batch.actionUpdates)
      retire.push({
        rowId: update.id,
        build: () => [updateDoc(update, this.actions.get(update.actionId))],
      });
    for (const item of batch.agendaItems) {
      this.items.set(item.id, item);
      retire.push({ rowId: item.id, build: () => [itemDoc(item, bodyOf(item.meetingId))] });
    }
    for (const id of gone('agendaItems')) {
      this.items.delete(id);
      retire.push({ rowId: id, build: () => [] });
    }
    for (const block of batch.minuteBlocks)
      retire.push({ rowId: block.id, build: () => blockDocs(block, bodyOf(block.meetingId)) });
    for (const row of batch.attendance)
      retire.push({ rowId: row.id, build: () => [attendanceDoc(row, bodyOf(row.meetingId))] });
    for (const row of batch.interests)
      retire.push({ rowId: row.id, build: () => [interestDoc(row, bodyOf(row.meetingId))] });
    for (const row of batch.amendments)
      retire.push({ rowId: row.id, build: () => [amendmentDoc(row, bodyOf(row.meetingId))] });
    const rowsGone = ['attendance', 'interests', 'amendments'] as const;
    for (const id of [...blocksGone, ...rowsGone.flatMap(gone)])
      retire.push({ rowId: id, build: () => [] });
    return this.replace(retire);
  }

  /** The blocks known under the batch's block items and no longer among its blocks. */
  private blocksGone(batch: RowBatch): Id[] {
    const present = new Set(batch.minuteBlocks.map((b) => b.id));
    const gone: Id[] = [];
    for (const itemId of batch.blockItems) {
      for (const id of this.blocksOf.get(itemId) ?? []) if (!present.has(id)) gone.push(id);
      this.blocksOf.delete(itemId);
    }
    for (const block of batch.minuteBlocks) {
      const known = this.blocksOf.get(block.itemId) ?? new Set();
      this.blocksOf.set(block.itemId, known.add(block.id));
    }
    return gone;
  }

  /** Swaps each row's documents for new ones, once per row (the last word wins). */
  private replace(retire: { rowId: Id; build: () => SearchDoc[] }[]) {
    const latest = new Map<Id, () => SearchDoc[]>();
    for (const r of retire) latest.set(r.rowId, r.build);
    const removed: string[] = [];
    const added: SearchDoc[] = [];
    for (const [rowId, build] of latest) {
      for (const id of this.docsOf.get(rowId) ?? []) {
        removed.push(id);
        this.docs.delete(id);
      }
      const docs = build();
      for (const doc of docs) this.docs.set(doc.id, doc);
      if (docs.length > 0)
        this.docsOf.set(
          rowId,
          docs.map((d) => d.id),
        );
      else this.docsOf.delete(rowId);
      added.push(...docs);
    }
    return { removed, added };
  }
}
