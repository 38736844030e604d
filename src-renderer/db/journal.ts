import type { Id, Timestamp } from '../domain';
import type { DataContext } from './context';
import { updateBody, type BodyPatch } from './repos/bodies';
import { updateMeeting, type MeetingPatch } from './repos/meetings';
import { updateItem, type ItemPatch } from './repos/agenda';
import { updateAction, type ActionPatch } from './repos/actions';
import { updateBlock, type BlockPatch } from './repos/blocks';
import { updateDecision, type DecisionPatch } from './repos/decisions';
import { editUpdates, type UpdatePatch } from './repos/action-log';
import { updateMember, type MemberPatch } from './repos/members';
import { updateAttendance, type AttendancePatch } from './repos/attendance';

/** A field edit, described as data so it can be written to the journal before IndexedDB. */
export type FieldWrite =
  | { op: 'updateBody'; id: Id; patch: BodyPatch }
  | { op: 'updateMeeting'; id: Id; patch: MeetingPatch }
  | { op: 'updateItem'; id: Id; patch: ItemPatch }
  | { op: 'updateBlock'; id: Id; patch: BlockPatch }
  /** `id` is the decisions block; the decision is one entry of its list. */
  | { op: 'updateDecision'; id: Id; decisionId: Id; patch: DecisionPatch }
  | { op: 'updateAction'; id: Id; patch: ActionPatch }
  /** Updates given at a meeting with the same words (one row of Actions Outstanding); `id` is the first. */
  | { op: 'updateActionUpdates'; id: Id; ids: Id[]; patch: UpdatePatch }
  | { op: 'updateMember'; id: Id; patch: MemberPatch }
  | { op: 'updateAttendance'; id: Id; patch: AttendancePatch };

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

/** Applies one field edit through its repository, with the repository's checks. */
export function applyWrite(ctx: DataContext, write: FieldWrite): Promise<void> {
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
    await applyWrite(stampedAt(ctx, at), write);
    if (this.storage.getItem(key) === text) this.storage.removeItem(key);
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
          await applyWrite(stampedAt(ctx, entry.at), entry.write);
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

async function currentStamp(ctx: DataContext, write: FieldWrite): Promise<Timestamp | undefined> {
  switch (write.op) {
    case 'updateBody':
      return (await ctx.db.bodies.get(write.id))?.updatedAt;
    case 'updateMeeting':
      return (await ctx.db.meetings.get(write.id))?.updatedAt;
    case 'updateItem':
      return (await ctx.db.agendaItems.get(write.id))?.updatedAt;
    case 'updateBlock':
    case 'updateDecision':
      return (await ctx.db.minuteBlocks.get(write.id))?.updatedAt;
    case 'updateAction':
      return (await ctx.db.actions.get(write.id))?.updatedAt;
    case 'updateActionUpdates':
      return (await ctx.db.actionUpdates.get(write.id))?.updatedAt;
    case 'updateMember':
      return (await ctx.db.members.get(write.id))?.updatedAt;
    case 'updateAttendance':
      return (await ctx.db.attendance.get(write.id))?.updatedAt;
  }
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
