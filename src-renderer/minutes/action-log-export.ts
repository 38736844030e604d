import { confidentialityOf } from '../domain';
import type { Action, ActionAge, ActionUpdate, ArchiveBody, MeetingPoint } from '../domain';
import type { Variant } from './document';
import { sanitizeText } from './sanitize';
import { shortDate } from './wording';

/**
 * The action log as a table to leave the app (CSV and XLSX): one row per action of the log as
 * the screen filtered it, each cell plain data the two writers print alike. The public variant
 * leaves out what the public minutes leave out, by the same rule (the domain's
 * {@link confidentialityOf}): a confidential action with all its updates, and a confidential
 * update of a public action. A declassified action is public from then on; an update flagged
 * confidential stays out.
 *
 * Updates go in one "Updates" column, a line per meeting ("Meeting 30 (10 March 2016): …"),
 * oldest first, rather than one column per meeting: a body minuted for years would give
 * hundreds of columns, nearly all empty, that no one can read or print; one wrapped cell
 * reads like the log's own history, keeps one row per action for Excel's sort and filter,
 * and prints on a page.
 */

/** One action of the log as the screen shows it (features/actions/log-entries.ts). */
export interface LogRowSource {
  action: Action;
  /** The meeting that raised it, or null for an earlier action. */
  raisedAt: MeetingPoint | null;
  /** The meeting whose update closed it, if any. */
  closedAt: MeetingPoint | null;
  /** Days open and overdue, as the log counts them. */
  age: ActionAge;
  /** Its updates, oldest meeting first; a deleted meeting is undefined. */
  updates: readonly { update: ActionUpdate; meeting: MeetingPoint | undefined }[];
}

/** A cell: its text as both writers print it; a date or number is also a value for XLSX. */
export type LogCell =
  | { kind: 'text'; text: string }
  | { kind: 'date'; iso: string; text: string }
  | { kind: 'number'; value: number; text: string };

export interface LogColumn {
  title: string;
  /** Width in characters, for XLSX. */
  width: number;
  /** True for long texts that wrap in XLSX. */
  wrap: boolean;
}

export interface ActionLogTable {
  variant: Variant;
  columns: LogColumn[];
  rows: LogCell[][];
  /** References of the actions a cell of which was cut at {@link cellLimit}. */
  cut: string[];
  /**
   * The wording the table prints around the typed texts (column titles, meeting names and
   * dates, references, status words, the cut marker): known to the leak guard, never a finding.
   */
  wording: string[];
}

/** Excel's most characters in one cell. */
export const cellLimit = 32_767;

/** What ends a text cut at {@link cellLimit}. */
export const cutMarker =
  ' [… cut here: a spreadsheet cell holds at most 32,767 characters; the whole text is in Minutebook]';

// A cell a spreadsheet could read as a formula: = + - @ first, after any spaces or line
// breaks (some programs trim them), or a tab or carriage return first.
const formulaLike = /^[\s]*[=+\-@]|^[\t\r]/u;

/**
 * A text made fit for a cell: what XML cannot carry removed (as for the minutes), a text a
 * spreadsheet would evaluate made inert by a leading apostrophe, and a text longer than a
 * cell holds cut, never inside a character, with {@link cutMarker}.
 */
export function cellText(typed: string): { text: string; cut: boolean } {
  const clean = sanitizeText(typed);
  const inert = formulaLike.test(clean) ? `'${clean}` : clean;
  if (inert.length <= cellLimit) return { text: inert, cut: false };
  let end = cellLimit - cutMarker.length;
  const last = inert.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return { text: `${inert.slice(0, end)}${cutMarker}`, cut: true };
}

const column = (title: string, width: number, wrap = false): LogColumn => ({ title, width, wrap });

function columnsOf(variant: Variant): LogColumn[] {
  const columns = [
    column('Reference', 13),
    column('Owner', 14, true),
    column('Action', 60, true),
    column('Raised at', 12),
    column('Raised on', 17),
    column('Due', 17),
    column('Status', 9),
    column('Closed at', 12),
    column('Days open', 10),
    column('Days overdue', 13),
    column('Updates', 80, true),
  ];
  return variant === 'public' ? columns : [...columns, column('Classification', 26, true)];
}

const meetingName = (m: MeetingPoint) => `Meeting ${String(m.number)}`;
/** "Meeting 30 (10 March 2016)", or what the log says of an update whose meeting went. */
const meetingHeading = (m: MeetingPoint | undefined) =>
  m === undefined ? 'A deleted meeting' : `${meetingName(m)} (${shortDate(m.date)})`;

const dateCell = (iso: string | null): LogCell =>
  iso === null ? { kind: 'text', text: '' } : { kind: 'date', iso, text: shortDate(iso) };
const numberCell = (value: number): LogCell => ({ kind: 'number', value, text: String(value) });

/**
 * The table of the log's `entries` (already filtered, in the screen's order) for one variant.
 * `body` holds every record the rule of confidentiality reads; an action missing from it
 * (deleted since) is left out of the public table.
 */
export function buildActionLogTable(
  body: ArchiveBody,
  entries: readonly LogRowSource[],
  variant: Variant,
): ActionLogTable {
  const rule = confidentialityOf(
    body.meetings.flatMap((m) => m.agendaItems),
    body.actions,
  );
  const stored = new Map(body.actions.map((a) => [a.id, a]));
  const secret = (action: Action) => {
    const known = stored.get(action.id);
    return known === undefined || rule.action(known);
  };
  const hide = variant === 'public';
  const columns = columnsOf(variant);
  const wording = [columns.map((c) => c.title).join(' '), cutMarker];
  const cut: string[] = [];

  const rows = entries
    .filter((entry) => !hide || !secret(entry.action))
    .map(({ action, raisedAt, closedAt, age, updates }) => {
      const text = (typed: string): LogCell => {
        const cell = cellText(typed);
        if (cell.cut && cut.at(-1) !== action.reference) cut.push(action.reference);
        return { kind: 'text', text: cell.text };
      };
      const lines = updates
        .filter(({ update }) => !hide || !rule.update(update))
        .map(({ update, meeting }) => {
          const notes = [
            update.closes ? 'closed the action' : '',
            !hide && rule.update(update) ? 'confidential' : '',
          ].filter(Boolean);
          const head = [meetingHeading(meeting), ...notes].join(', ');
          wording.push(`${head}:`);
          return `${head}: ${update.text}`;
        });
      const tail = [
        raisedAt === null ? 'Earlier' : meetingName(raisedAt),
        shortDate(action.raisedOn),
        action.dueDate === null ? '' : shortDate(action.dueDate),
        action.status === 'open' ? 'Open' : 'Closed',
        closedAt === null ? '' : meetingName(closedAt),
      ];
      wording.push(`${action.reference} ${action.owner}`, tail.join(' '));
      const row: LogCell[] = [
        text(action.reference),
        text(action.owner),
        text(action.text),
        text(tail[0] ?? ''),
        dateCell(action.raisedOn),
        dateCell(action.dueDate),
        text(tail[3] ?? ''),
        text(tail[4] ?? ''),
        numberCell(age.daysOpen),
        age.overdue ? numberCell(age.daysOverdue) : { kind: 'text', text: '' },
        text(lines.join('\n')),
      ];
      if (!hide) row.push(text(classification(action, secret(action))));
      return row;
    });
  return { variant, columns, rows, cut, wording };
}

/** "Confidential", "Public", or "Declassified on 14 April 2016 by the Panel Chair". */
function classification(action: Action, secret: boolean): string {
  if (secret) return 'Confidential';
  const { declassified } = action;
  return declassified === null
    ? 'Public'
    : `Declassified on ${shortDate(declassified.on)} by ${declassified.by}`;
}
