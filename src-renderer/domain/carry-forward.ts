/**
 * Actions carried forward: which of a body's actions are outstanding at a meeting, how long
 * each has been open, whether it is overdue, and the updates a meeting gave, as its minutes
 * print them. Everything is computed from the actions, their updates and the meetings'
 * numbers, so the answer for an old meeting stays what it was at that meeting.
 */
import { closingMeetingOf } from './action-tally';
import type { Action, ActionUpdate, Id } from './model';
import { joinReferences, outstandingRows, type OutstandingRow } from './outstanding';

/** What carry-forward needs to know of a meeting. */
export interface MeetingPoint {
  id: Id;
  bodyId: Id;
  number: number;
  /** Calendar date, "2016-03-10". */
  date: string;
}

/** Meeting id → meeting, for the body's meetings. */
export type MeetingIndex = ReadonlyMap<Id, MeetingPoint>;

/** Indexes meetings by id. */
export function indexMeetings(meetings: readonly MeetingPoint[]): MeetingIndex {
  return new Map(meetings.map((m) => [m.id, m]));
}

/**
 * One collator for every comparison: `localeCompare` with options builds one per call, which
 * was a tenth of a second to sort a body's 4,000 actions.
 */
const references = new Intl.Collator('en', { numeric: true });

/** By reference read as numbers: SECP9/02 before SECP10/01, SECP23/08 before SECP28/06. */
function byReference(a: Action, b: Action): number {
  return references.compare(a.reference, b.reference);
}

/** Earlier actions first, then by reference. */
export function compareActions(a: Action, b: Action): number {
  if (a.raisedOn !== b.raisedOn) return a.raisedOn < b.raisedOn ? -1 : 1;
  return byReference(a, b);
}

/** Each action's updates, by action id, in the order given: found once for a whole log. */
export type UpdatesByAction = ReadonlyMap<Id, readonly ActionUpdate[]>;

/**
 * Groups updates by the action they update, keeping their order. A body of fifteen years has
 * 4,000 actions and 9,000 updates: scanning every update for each action took seconds.
 */
export function groupUpdates(updates: readonly ActionUpdate[]): UpdatesByAction {
  const grouped = new Map<Id, ActionUpdate[]>();
  for (const update of updates) {
    const own = grouped.get(update.actionId);
    if (own) own.push(update);
    else grouped.set(update.actionId, [update]);
  }
  return grouped;
}

/**
 * The meeting at which the action was closed: the lowest-numbered meeting with an update that
 * closes it, or undefined when no update closes it. `updates` may hold other actions' updates
 * (they are skipped); pass the action's own ({@link groupUpdates}) when asking for many.
 */
export function closingMeeting(
  action: Action,
  updates: readonly ActionUpdate[],
  meetings: MeetingIndex,
): MeetingPoint | undefined {
  const closing = updates.filter((u) => u.actionId === action.id && u.closes);
  return closingMeetingOf(
    { updates: closing.length, closingMeetings: closing.map((u) => u.meetingId) },
    meetings,
  );
}

/**
 * True when the action appears in the meeting's Actions Outstanding: it belongs to the body,
 * was raised at an earlier meeting (or entered by hand as an earlier action), and is open, or
 * was closed by an update given at this meeting or a later one. An action closed at this very
 * meeting is still listed here: this is where its closing update is given. An action marked
 * closed without any closing update was closed outside a meeting and is not carried forward.
 * An open action is listed whatever its updates say, as the log shows it open (the app keeps
 * no closing update on an open action; an archive from elsewhere may). `updates` as for
 * {@link closingMeeting}; an open action's are not read.
 */
export function isOutstandingAt(
  meeting: MeetingPoint,
  action: Action,
  updates: readonly ActionUpdate[],
  meetings: MeetingIndex,
): boolean {
  if (action.bodyId !== meeting.bodyId) return false;
  if (action.meetingId !== null) {
    const raisedAt = meetings.get(action.meetingId);
    if (raisedAt === undefined || raisedAt.number >= meeting.number) return false;
  }
  if (action.status === 'open') return true;
  const closedAt = closingMeeting(action, updates, meetings);
  return closedAt !== undefined && closedAt.number >= meeting.number;
}

/** The actions outstanding at a meeting, earliest first. */
export function outstandingAt(
  meeting: MeetingPoint,
  actions: readonly Action[],
  updates: readonly ActionUpdate[],
  meetings: MeetingIndex,
): Action[] {
  const updatesOf = groupUpdates(updates);
  return actions
    .filter((a) => isOutstandingAt(meeting, a, updatesOf.get(a.id) ?? [], meetings))
    .sort(compareActions);
}

function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export interface ActionAge {
  /** Days from the date raised to `asOf`, or to the date closed if it closed before then. */
  daysOpen: number;
  /** True when still open on `asOf` and its due date has passed. */
  overdue: boolean;
  /** Days past the due date, 0 when not overdue. */
  daysOverdue: number;
}

/**
 * How long an action has been open on `asOf`, and whether it is overdue then. `closedOn` is
 * the date it closed, or null while it is open.
 */
export function actionAge(
  action: Pick<Action, 'raisedOn' | 'dueDate'>,
  asOf: string,
  closedOn: string | null,
): ActionAge {
  const open = closedOn === null || closedOn > asOf;
  const end = open ? asOf : closedOn;
  const daysOpen = Math.max(0, daysBetween(action.raisedOn, end));
  const daysOverdue =
    open && action.dueDate !== null ? Math.max(0, daysBetween(action.dueDate, asOf)) : 0;
  return { daysOpen, overdue: daysOverdue > 0, daysOverdue };
}

/** A row of a meeting's Actions Outstanding table, with the updates it stands for. */
export interface UpdateRow extends OutstandingRow {
  updates: ActionUpdate[];
  /** True when any update on the row is confidential. */
  confidential: boolean;
  /** References of the actions the row's updates close. */
  closes: string[];
}

/**
 * The updates given at a meeting, as rows to edit, in the order given: updates with the same
 * words share one row, whose references read in order ("SECP20/04, 23/08 & 28/06") whichever
 * was ticked or raised first. A confidential update never shares a row with a public one, so
 * that words typed into a confidential row never reach a public update. The updates `apart`
 * (those of the row being edited) share a row with no other, whatever their words: words typed
 * into one row that come to read as another's do not join the two mid-edit, and what is typed
 * next does not reach the other row's updates.
 */
export function updateRowsAt(
  meetingId: Id,
  actions: readonly Action[],
  updates: readonly ActionUpdate[],
  apart: ReadonlySet<Id> = new Set(),
): UpdateRow[] {
  const byId = new Map(actions.map((a) => [a.id, a]));
  const given = updates
    .flatMap((update) => {
      const action = byId.get(update.actionId);
      return update.meetingId === meetingId && action ? [{ update, action }] : [];
    })
    .sort(
      (a, b) =>
        (a.update.createdAt < b.update.createdAt
          ? -1
          : a.update.createdAt > b.update.createdAt
            ? 1
            : 0) || byReference(a.action, b.action),
    );
  const rowsOf = (group: typeof given): { row: UpdateRow; first: number }[] =>
    outstandingRows(group.map((g) => ({ reference: g.action.reference, text: g.update.text }))).map(
      (row) => {
        const mine = group
          .filter((g) => g.update.text.trim() === row.text)
          .sort((a, b) => byReference(a.action, b.action));
        const references = mine.map((g) => g.action.reference);
        const first = Math.min(...mine.map((g) => given.indexOf(g)));
        const updates = mine.map((g) => g.update);
        const confidential = mine.some((g) => g.update.confidential);
        const closes = mine.filter((g) => g.update.closes).map((g) => g.action.reference);
        const label = joinReferences(references);
        return { row: { ...row, references, label, updates, confidential, closes }, first };
      },
    );
  const part = (confidential: boolean, held: boolean) =>
    rowsOf(
      given.filter(
        (g) => g.update.confidential === confidential && apart.has(g.update.id) === held,
      ),
    );
  return [...part(false, false), ...part(true, false), ...part(false, true), ...part(true, true)]
    .sort((a, b) => a.first - b.first)
    .map((r) => r.row);
}
