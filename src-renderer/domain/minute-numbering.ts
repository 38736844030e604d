import type { AgendaItem, Body } from './model';
import { numberAgenda, topLevelCount, type NumberedItem } from './numbering';

/** The style fields that decide an agenda's numbers and order. */
export type NumberingStyle = Pick<Body, 'minuteNumbering' | 'firstMinuteNumber' | 'privatePart'>;

/** The fields of an item the minute numbers read. */
export type MinuteNumberedItem = Pick<
  AgendaItem,
  'id' | 'parentId' | 'position' | 'classification'
>;

/** A meeting of the body as running numbers see it: which it is, and what it used up. */
export interface MeetingItemCount {
  id: string;
  number: number;
  /** Its top-level items ({@link topLevelCount}), withdrawn and deferred ones included. */
  topLevelItems: number;
}

/** Whether `a` comes before `b` among a body's meetings: by meeting number, then by id. */
function before(a: Pick<MeetingItemCount, 'id' | 'number'>, b: typeof a): boolean {
  return a.number < b.number || (a.number === b.number && a.id < b.id);
}

/**
 * The number of a meeting's first top-level item. 'meeting' and 'none' start every meeting at
 * the body's first number; 'running' continues from the body's previous meeting, so it adds
 * the top-level items of every earlier meeting (by meeting number) that `meetings` holds.
 * Only what is known is counted: an archive holding this one meeting alone (no earlier
 * counts) starts it at the first number, as the body's earliest meeting would.
 */
export function firstMinuteNumberOf(
  style: NumberingStyle,
  meeting: Pick<MeetingItemCount, 'id' | 'number'>,
  meetings: readonly MeetingItemCount[],
): number {
  const first = Number.isInteger(style.firstMinuteNumber) ? style.firstMinuteNumber : 1;
  if (style.minuteNumbering !== 'running') return first;
  return meetings
    .filter((m) => m.id !== meeting.id && before(m, meeting))
    .reduce((sum, m) => sum + m.topLevelItems, first);
}

/** The counts running numbers need, from meetings that carry their agenda items. */
export function meetingItemCounts(
  meetings: readonly {
    id: string;
    number: number;
    agendaItems: readonly MinuteNumberedItem[];
  }[],
): MeetingItemCount[] {
  return meetings.map((m) => ({
    id: m.id,
    number: m.number,
    topLevelItems: topLevelCount(m.agendaItems),
  }));
}

/** Whether a top-level item goes in the private part, when the body has one. */
export function inPrivatePart(
  style: Pick<NumberingStyle, 'privatePart'>,
  item: MinuteNumberedItem,
) {
  return style.privatePart && item.classification === 'confidential';
}

/**
 * Numbers a meeting's agenda in the body's style, in reading order: from `start`
 * ({@link firstMinuteNumberOf}), no numbers at all under 'none', and with a private part the
 * confidential top-level items after every public one, numbered on from them. The documents and
 * the screens all number through here, so they print the same numbers.
 */
export function numberMeeting<T extends MinuteNumberedItem>(
  style: NumberingStyle,
  items: readonly T[],
  start: number,
): NumberedItem<T>[] {
  return numberAgenda(items, {
    start,
    numbered: style.minuteNumbering !== 'none',
    ...(style.privatePart ? { last: (item: T) => inPrivatePart(style, item) } : {}),
  });
}

/** A meeting as an archive holds it: its number and its agenda. */
interface HeldMeeting<T extends MinuteNumberedItem> {
  id: string;
  number: number;
  agendaItems: readonly T[];
}

/**
 * A meeting of an archive's body numbered in the body's style ({@link numberMeeting}): running
 * numbers count the top-level items of the body's earlier meetings that the archive holds.
 */
export function numberArchiveMeeting<T extends MinuteNumberedItem>(
  body: NumberingStyle & { meetings: readonly HeldMeeting<MinuteNumberedItem>[] },
  meeting: HeldMeeting<T>,
): NumberedItem<T>[] {
  const start = firstMinuteNumberOf(body, meeting, meetingItemCounts(body.meetings));
  return numberMeeting(body, meeting.agendaItems, start);
}

/**
 * A numbered agenda (reading order as stored, as the screens sort and drag it) showing the
 * numbers the documents print ({@link numberMeeting}), given by item id; unchanged while they
 * are not known yet.
 */
export function withMinuteNumbers<T extends MinuteNumberedItem>(
  numbered: readonly NumberedItem<T>[],
  numbers: ReadonlyMap<string, string> | undefined,
): NumberedItem<T>[] {
  if (numbers === undefined) return [...numbered];
  return numbered.map((n) => ({ ...n, number: numbers.get(n.item.id) ?? n.number }));
}
