import {
  actionAge,
  closingMeetingOf,
  compareActions,
  confidentialityOf,
  groupUpdates,
  indexMeetings,
  noUpdates,
  tallyUpdates,
  type Action,
  type ActionAge,
  type ActionUpdate,
  type BodyRows,
  type Meeting,
} from '../../domain';
import type { ActionLogView } from './use-action-log';

/** One action of the log with what the table shows of it. */
export interface LogEntry {
  action: Action;
  /** The meeting that raised it, or null for an earlier action. */
  raisedAt: Meeting | null;
  /** The meeting whose update closed it, when it is closed (an open one shows none). */
  closedAt: Meeting | null;
  age: ActionAge;
  /**
   * Confidential by the domain's rule (its flag, or the item that raised it, unless it was
   * declassified since): so are its updates.
   */
  confidential: boolean;
  /** How many updates it has (the row shows them when opened). */
  updateCount: number;
}

/** An update of an action with the meeting it was given at (undefined if that went). */
export interface LoggedUpdate {
  update: ActionUpdate;
  meeting: Meeting | undefined;
}

/** An entry with its updates, meeting by meeting (oldest meeting first): what exports print. */
export interface EntryWithUpdates extends LogEntry {
  updates: LoggedUpdate[];
}

export type StatusFilter = 'open' | 'closed' | 'all';

export interface LogFilter {
  status: StatusFilter;
  /** An owner, or '' for every owner. */
  owner: string;
  /** A meeting id, 'earlier' for actions from before Minutebook, or '' for all. */
  raisedAt: string;
}

export const noFilter: LogFilter = { status: 'all', owner: '', raisedAt: '' };

/** The log's entries, earliest action first; days open are counted to `today`. */
export function logEntries(log: ActionLogView, today: string): LogEntry[] {
  const meetings = new Map(log.meetings.map((m) => [m.id, m]));
  return [...log.actions].sort(compareActions).map((action) => {
    const tally = log.tallies.get(action.id) ?? noUpdates();
    // An open action is open whatever its updates say, as Actions Outstanding treats it.
    const closedPoint = action.status === 'closed' ? closingMeetingOf(tally, log.index) : undefined;
    const closedAt = closedPoint ? (meetings.get(closedPoint.id) ?? null) : null;
    // Closed outside a meeting: count to the day the record was last changed.
    const closedOn =
      action.status === 'closed' ? (closedAt?.date ?? action.updatedAt.slice(0, 10)) : null;
    return {
      action,
      raisedAt: action.meetingId === null ? null : (meetings.get(action.meetingId) ?? null),
      closedAt,
      age: actionAge(action, today, closedOn),
      confidential: log.confidential.has(action.id),
      updateCount: tally.updates,
    };
  });
}

/** An action's updates with their meetings, oldest meeting first, as the log lists them. */
export function loggedUpdates(
  updates: readonly ActionUpdate[],
  meetings: ReadonlyMap<string, Meeting>,
): LoggedUpdate[] {
  return updates
    .map((update) => ({ update, meeting: meetings.get(update.meetingId) }))
    .sort((a, b) => (a.meeting?.number ?? 0) - (b.meeting?.number ?? 0));
}

/** The entries with their updates, from the rows they were read from (an export's). */
export function withUpdates(
  entries: readonly LogEntry[],
  rows: Pick<BodyRows, 'actionUpdates' | 'meetings'>,
): EntryWithUpdates[] {
  const meetings = new Map(rows.meetings.map((m) => [m.id, m]));
  // Each action's updates, found once: scanning every update for each action took seconds
  // on a body of fifteen years (4,000 actions, 9,000 updates).
  const updatesOf = groupUpdates(rows.actionUpdates);
  return entries.map((entry) => ({
    ...entry,
    updates: loggedUpdates(updatesOf.get(entry.action.id) ?? [], meetings),
  }));
}

/**
 * The log's records as the screen reads them, from one consistent read of the body's rows
 * (what an export works from): the actions confidential by the domain's rule, as
 * `readActionLog` marks them.
 */
export function logViewOf(
  rows: Pick<BodyRows, 'actions' | 'actionUpdates' | 'meetings' | 'agendaItems'>,
): ActionLogView {
  const rule = confidentialityOf(rows.agendaItems, rows.actions);
  return {
    actions: rows.actions,
    tallies: tallyUpdates(rows.actionUpdates),
    meetings: rows.meetings,
    confidential: new Set(rows.actions.filter((a) => rule.action(a)).map((a) => a.id)),
    index: indexMeetings(rows.meetings),
  };
}

/** The entries the filter lets through. */
export function applyFilter(entries: readonly LogEntry[], filter: LogFilter): LogEntry[] {
  return entries.filter(
    ({ action }) =>
      (filter.status === 'all' || action.status === filter.status) &&
      (filter.owner === '' || action.owner === filter.owner) &&
      (filter.raisedAt === '' ||
        (filter.raisedAt === 'earlier'
          ? action.meetingId === null
          : action.meetingId === filter.raisedAt)),
  );
}

/**
 * The log's entries as an export prints them: from one consistent read of the body's rows,
 * filtered as the screen is, each with its updates.
 */
export function exportEntries(
  rows: Pick<BodyRows, 'actions' | 'actionUpdates' | 'meetings' | 'agendaItems'>,
  filter: LogFilter,
  today: string,
): EntryWithUpdates[] {
  return withUpdates(applyFilter(logEntries(logViewOf(rows), today), filter), rows);
}

/** The distinct owners, alphabetically, for the owner filter. */
export function ownersOf(entries: readonly LogEntry[]): string[] {
  return [...new Set(entries.map((e) => e.action.owner))].sort((a, b) => a.localeCompare(b));
}
