import type { AgendaItem, Meeting } from './model';

/**
 * Time in the Chair view, derived only from what is stored (`startedAt`, `spentSeconds`,
 * `plannedMinutes`) and the time now, so every window showing the meeting shows the same.
 * Times are epoch milliseconds; durations are whole seconds.
 */

/** Against its planned minutes, an item is on time, nearly out of time, or over time. */
export type TimeState = 'none' | 'ok' | 'amber' | 'red';

/** The share of the planned time from which an item turns amber. */
export const amberFrom = 0.8;

function parseTime(at: string | null): number | null {
  if (at === null) return null;
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? null : ms;
}

/** Whole seconds from `from` to `to`, never negative (two clocks may disagree a little). */
function secondsBetween(from: number, to: number): number {
  return Math.max(0, Math.floor((to - from) / 1000));
}

/** Seconds an item has run by `now`: time spent before plus the stretch running since `startedAt`. */
export function itemElapsedSeconds(
  item: Pick<AgendaItem, 'startedAt' | 'spentSeconds'>,
  now: number,
): number {
  const started = parseTime(item.startedAt);
  return item.spentSeconds + (started === null ? 0 : secondsBetween(started, now));
}

/**
 * How an item stands against its plan: `none` when no time is planned, `red` beyond the
 * planned time, `amber` from 80 % of it, else `ok`.
 */
export function timeState(elapsedSeconds: number, plannedMinutes: number | null): TimeState {
  if (plannedMinutes === null || plannedMinutes <= 0) return 'none';
  const planned = plannedMinutes * 60;
  if (elapsedSeconds > planned) return 'red';
  if (elapsedSeconds >= planned * amberFrom) return 'amber';
  return 'ok';
}

/** Seconds since the meeting opened, stopping when it closed; 0 before it starts. */
export function meetingClockSeconds(
  meeting: Pick<Meeting, 'startedAt' | 'closedAt'>,
  now: number,
): number {
  const started = parseTime(meeting.startedAt);
  if (started === null) return 0;
  return secondsBetween(started, parseTime(meeting.closedAt) ?? now);
}

type TimedItem = Pick<
  AgendaItem,
  'parentId' | 'status' | 'startedAt' | 'spentSeconds' | 'plannedMinutes'
>;

/** The current item and the pending ones, top level only: sub-items run in their parent's time. */
function stillToRun(item: TimedItem): boolean {
  return item.parentId === null && (item.status === 'current' || item.status === 'pending');
}

/**
 * How many of the items still to run (the current item and the pending top-level ones) have
 * no planned time, so that {@link projectedFinish} counts them at its default. A plan of
 * 0 minutes is a plan, not a missing one.
 */
export function unplannedItemsAhead(items: readonly TimedItem[]): number {
  return items.filter((item) => stillToRun(item) && item.plannedMinutes === null).length;
}

/**
 * When the meeting will end if the rest goes to plan: now, plus what is left of the current
 * item's planned time (never below zero), plus the planned minutes of the pending top-level
 * items (sub-items run inside their parent's time). An item with no planned time counts at
 * `minutesForUnplanned` (a body's default; a negative or non-finite value counts as 0), so a
 * half-planned agenda does not promise an early finish; {@link unplannedItemsAhead} says how
 * many items that default was used for.
 */
export function projectedFinish(
  items: readonly TimedItem[],
  now: number,
  minutesForUnplanned: number,
): number {
  const fallback = Number.isFinite(minutesForUnplanned) ? Math.max(0, minutesForUnplanned) : 0;
  let seconds = 0;
  for (const item of items) {
    if (!stillToRun(item)) continue;
    const planned = (item.plannedMinutes ?? fallback) * 60;
    seconds +=
      item.status === 'current' ? Math.max(0, planned - itemElapsedSeconds(item, now)) : planned;
  }
  return now + Math.round(seconds * 1000);
}

const two = (n: number): string => String(n).padStart(2, '0');

/** A duration as a clock: "mm:ss" below an hour ("07:05"), "h:mm" from an hour ("1:25"). */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  if (s < 3600) return `${two(Math.floor(s / 60))}:${two(s % 60)}`;
  return `${String(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}`;
}

/** A duration in words for screen readers: "1 hour 25 minutes", "7 minutes 5 seconds". */
export function describeDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const unit = (n: number, word: string) => `${String(n)} ${word}${n === 1 ? '' : 's'}`;
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  if (hours > 0)
    return [unit(hours, 'hour'), minutes > 0 ? unit(minutes, 'minute') : ''].join(' ').trim();
  if (minutes > 0)
    return [unit(minutes, 'minute'), s % 60 > 0 ? unit(s % 60, 'second') : ''].join(' ').trim();
  return unit(s, 'second');
}

/** A moment as the local time of day, "h:mm" on a 24-hour clock: "9:05", "12:40". */
export function formatTimeOfDay(at: number): string {
  const date = new Date(at);
  return `${String(date.getHours())}:${two(date.getMinutes())}`;
}
