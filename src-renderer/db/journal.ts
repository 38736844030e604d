import type { Id, MinuteBlock, Timestamp } from '../domain';
import type { DataContext } from './context';
import { DataError, isStaleWrite } from './errors';
import { updateBody, type BodyPatch } from './repos/bodies';
import { updateMeeting, type MeetingPatch } from './repos/meetings';
import { updateItem, type ItemPatch } from './repos/agenda';
import { updateAction, type ActionPatch } from './repos/actions';
import { updateBlock, type BlockPatch } from './repos/blocks';
import { updateDecision, type DecisionPatch } from './repos/decisions';
import { editUpdates, type UpdatePatch } from './repos/action-log';
import { updateMember, type MemberPatch } from './repos/members';
import { updateAttendance, type AttendancePatch } from './repos/attendance';

/**
 * A field edit, described as data so it can be written to the journal before IndexedDB.
 * `expected` holds, for each patched field, the value the writer saw stored: the write is then
 * refused (DataError 'stale') if another window has changed that field since.
 */
export type FieldWrite =
  | { op: 'updateBody'; id: Id; patch: BodyPatch; expected?: BodyPatch }
  | { op: 'updateMeeting'; id: Id; patch: MeetingPatch; expected?: MeetingPatch }
  | { op: 'updateItem'; id: Id; patch: ItemPatch; expected?: ItemPatch }
  | { op: 'updateBlock'; id: Id; patch: BlockPatch; expected?: BlockPatch }
  /** `id` is the decisions block; the decision is one entry of its list. */
  | { op: 'updateDecision'; id: Id; decisionId: Id; patch: DecisionPatch; expected?: DecisionPatch }
  | { op: 'updateAction'; id: Id; patch: ActionPatch; expected?: ActionPatch }
  /** Updates given at a meeting with the same words (one row of Actions Outstanding); `id` is the first. */
  | { op: 'updateActionUpdates'; id: Id; ids: Id[]; patch: UpdatePatch; expected?: UpdatePatch }
  | { op: 'updateMember'; id: Id; patch: MemberPatch; expected?: MemberPatch }
  | { op: 'updateAttendance'; id: Id; patch: AttendancePatch; expected?: AttendancePatch };

const ops: readonly FieldWrite['op'][] = [
  'updateBody',
  'updateMeeting',
  'updateItem',
  'updateBlock',
  'updateDecision',
  'updateAction',
  'updateActionUpdates',
  'updateMember',
  'updateAttendance',
];

interface Entry {
  write: FieldWrite;
  at: Timestamp;
}

/** The part of the Web Storage API the journal needs (localStorage, or a fake in tests). */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const prefix = 'minutebook.journal.';

/**
 * Applies one field edit through its repository, with the repository's checks; with
 * `expected`, only if each patched field still holds the value the writer saw, in the same
 * transaction.
 */
export function applyWrite(ctx: DataContext, write: FieldWrite): Promise<void> {
  const { expected } = write;
  if (expected === undefined) return applyChange(ctx, write);
  const { db } = ctx;
  const tables = [
    db.bodies,
    db.meetings,
    db.agendaItems,
    db.minuteBlocks,
    db.actions,
    db.actionUpdates,
    db.members,
    db.attendance,
  ];
  return db.transaction('rw', tables, async () => {
    const stored = await storedFields(ctx, write);
    const changed = Object.entries(expected).some(
      ([key, value]) => stored !== undefined && !sameValue(stored[key], value),
    );
    if (changed) {
      throw new DataError('This field was changed in another window meanwhile.', 'stale');
    }
    await applyChange(ctx, write);
  });
}

/** Equal as stored data (strings, numbers, flags, lists and plain records). */
function sameValue(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || JSON.stringify(a) === JSON.stringify(b);
}

function applyChange(ctx: DataContext, write: FieldWrite): Promise<void> {
  switch (write.op) {
    case 'updateBody':
      return updateBody(ctx, write.id, write.patch);
    case 'updateMeeting':
      return updateMeeting(ctx, write.id, write.patch);
    case 'updateItem':
      return updateItem(ctx, write.id, write.patch);
    case 'updateBlock':
      return updateBlock(ctx, write.id, write.patch);
    case 'updateDecision':
      return updateDecision(ctx, write.id, write.decisionId, write.patch);
    case 'updateAction':
      return updateAction(ctx, write.id, write.patch);
    case 'updateActionUpdates':
      return editUpdates(ctx, write.ids, write.patch);
    case 'updateMember':
      return updateMember(ctx, write.id, write.patch);
    case 'updateAttendance':
      return updateAttendance(ctx, write.id, write.patch);
  }
}

function keyOf(write: FieldWrite): string {
  // Two decisions of one block are two fields: each keeps its own entry.
  const id = write.op === 'updateDecision' ? `${write.id}/${write.decisionId}` : write.id;
  return `${prefix}${write.op}:${id}:${Object.keys(write.patch).sort().join(',')}`;
}

/**
 * A write-ahead journal for field edits. An IndexedDB write started while the page unloads
 * (reload, window closed) may never reach the disk, because its requests are issued across
 * several event-loop turns. Each edit is therefore first recorded synchronously in Web
 * Storage, removed once IndexedDB has it, and replayed at the next start if it never got there.
 */
export class WriteJournal {
  constructor(private readonly storage: JournalStorage) {}

  /** Records the edit and writes it to the database; the entry goes once the write lands. */
  async write(ctx: DataContext, write: FieldWrite): Promise<void> {
    const key = keyOf(write);
    const at = ctx.now();
    const text = JSON.stringify({ write, at } satisfies Entry);
    try {
      this.storage.setItem(key, text);
    } catch {
      // Storage full or unavailable: the database write below is still attempted.
    }
    const settled = () => {
      if (this.storage.getItem(key) === text) this.storage.removeItem(key);
    };
    try {
      await applyWrite(stampedAt(ctx, at), write);
    } catch (error) {
      // Refused as stale: the field merges with the other window's change and writes again.
      if (isStaleWrite(error)) settled();
      throw error;
    }
    settled();
  }

  /**
   * Forgets every entry: after a restore has replaced the data, an edit of the data before
   * it must not be replayed over what was restored.
   */
  clear(): void {
    for (const { key } of this.pending()) this.storage.removeItem(key);
  }

  /** Entries whose database write never completed, oldest first; malformed ones are dropped. */
  pending(): (Entry & { key: string })[] {
    const keys: string[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (key?.startsWith(prefix) === true) keys.push(key);
    }
    const entries: (Entry & { key: string })[] = [];
    for (const key of keys) {
      const entry = parseEntry(this.storage.getItem(key));
      if (entry) entries.push({ ...entry, key });
      else this.storage.removeItem(key);
    }
    return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  }

  /**
   * Writes every pending edit to the database, unless the record has changed since (a later
   * edit wins) or the write is refused (the record is gone or locked); returns how many landed.
   */
  async replay(ctx: DataContext): Promise<number> {
    let applied = 0;
    for (const entry of this.pending()) {
      const current = await currentStamp(ctx, entry.write);
      // Equal stamps are this edit's own (or an earlier one's of the same millisecond):
      // writing the same field again is harmless, skipping it could lose the text.
      if (current !== undefined && current <= entry.at) {
        try {
          // By stamp, not by `expected`: two unlanded writes of one field share one entry,
          // the later one expecting the earlier's value, which never reached the store.
          await applyChange(stampedAt(ctx, entry.at), entry.write);
          applied++;
        } catch (error) {
          console.warn('A recovered edit was refused:', error);
        }
      }
      this.storage.removeItem(entry.key);
    }
    return applied;
  }
}

/**
 * The context a journalled write runs with: the record is stamped with the time the edit was
 * journalled, not the time its transaction ran. Two writes of one field can overlap (the
 * second typed while the first is in flight, then the page unloads); stamped so, the first
 * can never look newer than the second at replay, and replaying several fields of one
 * record in order cannot make the later ones look stale.
 */
function stampedAt(ctx: DataContext, at: Timestamp): DataContext {
  return { ...ctx, now: () => at };
}

/** The stored row a write changes (for a decision, its block). */
function storedRow(
  ctx: DataContext,
  write: FieldWrite,
): Promise<{ updatedAt: Timestamp } | undefined> {
  switch (write.op) {
    case 'updateBody':
      return ctx.db.bodies.get(write.id);
    case 'updateMeeting':
      return ctx.db.meetings.get(write.id);
    case 'updateItem':
      return ctx.db.agendaItems.get(write.id);
    case 'updateBlock':
    case 'updateDecision':
      return ctx.db.minuteBlocks.get(write.id);
    case 'updateAction':
      return ctx.db.actions.get(write.id);
    case 'updateActionUpdates':
      return ctx.db.actionUpdates.get(write.id);
    case 'updateMember':
      return ctx.db.members.get(write.id);
    case 'updateAttendance':
      return ctx.db.attendance.get(write.id);
  }
}

async function currentStamp(ctx: DataContext, write: FieldWrite): Promise<Timestamp | undefined> {
  return (await storedRow(ctx, write))?.updatedAt;
}

/** The stored fields a write changes, by name: the row's, or for a decision the decision's. */
async function storedFields(
  ctx: DataContext,
  write: FieldWrite,
): Promise<Partial<Record<string, unknown>> | undefined> {
  const row = await storedRow(ctx, write);
  if (write.op !== 'updateDecision' || row === undefined) return row;
  const block = row as MinuteBlock;
  const decision =
    block.kind === 'decisions' ? block.decisions.find((d) => d.id === write.decisionId) : undefined;
  return decision && { ...decision };
}

function parseEntry(text: string | null): Entry | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<Entry> | null;
    const write = value?.write;
    if (
      typeof value?.at !== 'string' ||
      typeof write !== 'object' ||
      !ops.includes(write.op) ||
      typeof write.id !== 'string' ||
      (write.op === 'updateDecision' && typeof write.decisionId !== 'string') ||
      (write.op === 'updateActionUpdates' &&
        !(Array.isArray(write.ids) && write.ids.every((id) => typeof id === 'string'))) ||
      typeof write.patch !== 'object'
    ) {
      return null;
    }
    return { write, at: value.at };
  } catch {
    return null;
  }
}
