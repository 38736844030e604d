import type { Id, MinuteBlock, Timestamp } from '../domain';
import type { DataContext } from './context';
import { DataError } from './errors';
import { updateBody, type BodyPatch } from './repos/bodies';
import { updateMeeting, type MeetingPatch } from './repos/meetings';
import { updateItem, type ItemPatch } from './repos/agenda';
import { updateAction, type ActionPatch } from './repos/actions';
import { updateBlock, type BlockPatch } from './repos/blocks';
import { updateDecision, type DecisionPatch } from './repos/decisions';
import { editUpdates, type UpdatePatch } from './repos/action-log';
import { updateMember, type MemberPatch } from './repos/members';
import { updateAttendance, type AttendancePatch } from './repos/attendance';
import { updateInterest, type InterestPatch } from './repos/interests';
import { getBlock } from './block-store';

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
  | { op: 'updateAttendance'; id: Id; patch: AttendancePatch; expected?: AttendancePatch }
  /** A declaration of interest (the Attendance screen). */
  | { op: 'updateInterest'; id: Id; patch: InterestPatch; expected?: InterestPatch };

type Op = FieldWrite['op'];
type WriteOf<K extends Op> = Extract<FieldWrite, { op: K }>;

/** How one kind of field write is applied, and where its stored row is. */
interface WriteKind<W> {
  apply: (ctx: DataContext, write: W) => Promise<void>;
  row: (ctx: DataContext, write: W) => Promise<{ updatedAt: Timestamp } | undefined>;
}

/**
 * Every kind of field write, the one registry: `satisfies` makes a kind missing here (or one
 * not in FieldWrite) a compile error, and the journal reads its list of kinds from it.
 */
const kinds = {
  updateBody: {
    apply: (ctx, w) => updateBody(ctx, w.id, w.patch),
    row: (ctx, w) => ctx.db.bodies.get(w.id),
  },
  updateMeeting: {
    apply: (ctx, w) => updateMeeting(ctx, w.id, w.patch),
    row: (ctx, w) => ctx.db.meetings.get(w.id),
  },
  updateItem: {
    apply: (ctx, w) => updateItem(ctx, w.id, w.patch),
    row: (ctx, w) => ctx.db.agendaItems.get(w.id),
  },
  updateBlock: {
    apply: (ctx, w) => updateBlock(ctx, w.id, w.patch),
    row: (ctx, w) => getBlock(ctx.db, w.id),
  },
  updateDecision: {
    apply: (ctx, w) => updateDecision(ctx, w.id, w.decisionId, w.patch),
    row: (ctx, w) => getBlock(ctx.db, w.id),
  },
  updateAction: {
    apply: (ctx, w) => updateAction(ctx, w.id, w.patch),
    row: (ctx, w) => ctx.db.actions.get(w.id),
  },
  updateActionUpdates: {
    apply: (ctx, w) => editUpdates(ctx, w.ids, w.patch),
    row: (ctx, w) => ctx.db.actionUpdates.get(w.id),
  },
  updateMember: {
    apply: (ctx, w) => updateMember(ctx, w.id, w.patch),
    row: (ctx, w) => ctx.db.members.get(w.id),
  },
  updateAttendance: {
    apply: (ctx, w) => updateAttendance(ctx, w.id, w.patch),
    row: (ctx, w) => ctx.db.attendance.get(w.id),
  },
  updateInterest: {
    apply: (ctx, w) => updateInterest(ctx, w.id, w.patch),
    row: (ctx, w) => ctx.db.interests.get(w.id),
  },
} satisfies { [K in Op]: WriteKind<WriteOf<K>> };

/** The kinds of field write, as the journal accepts them. */
export const fieldWriteOps = Object.keys(kinds) as [Op, ...Op[]];

function kindOf<K extends Op>(write: WriteOf<K>): WriteKind<WriteOf<K>> {
  return kinds[write.op] as WriteKind<WriteOf<K>>;
}

/** Applies one field edit through its repository, with the repository's checks. */
export function applyChange(ctx: DataContext, write: FieldWrite): Promise<void> {
  return kindOf(write).apply(ctx, write);
}

/** The stored row a write changes (for a decision, its block). */
export function storedRow(
  ctx: DataContext,
  write: FieldWrite,
): Promise<{ updatedAt: Timestamp } | undefined> {
  return kindOf(write).row(ctx, write);
}

/** The stored fields a write changes, by name: the row's, or for a decision the decision's. */
export async function storedFields(
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

/** Equal as stored data (strings, numbers, flags, lists and plain records). */
export function sameValue(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || JSON.stringify(a) === JSON.stringify(b);
}

/** True when each field named in `values` holds that value in `stored`. */
export function holds(stored: Partial<Record<string, unknown>>, values: object): boolean {
  return Object.entries(values).every(([key, value]) => sameValue(stored[key], value));
}

/**
 * Applies one field edit; with `expected`, only if each patched field still holds the value
 * the writer saw, checked in the same transaction.
 */
export function applyWrite(ctx: DataContext, write: FieldWrite): Promise<void> {
  const { expected } = write;
  if (expected === undefined) return applyChange(ctx, write);
  const { db } = ctx;
  const tables = [
    db.bodies,
    db.meetings,
    db.agendaItems,
    db.itemMinutes,
    db.actions,
    db.actionUpdates,
    db.members,
    db.attendance,
    db.interests,
  ];
  return db.transaction('rw', tables, async () => {
    const stored = await storedFields(ctx, write);
    if (stored !== undefined && !holds(stored, expected)) {
      throw new DataError('This field was changed in another window meanwhile.', 'stale');
    }
    await applyChange(ctx, write);
  });
}
