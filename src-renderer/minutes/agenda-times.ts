import { isTime, numberAgenda, projectedFinish } from '../domain';
import type { AgendaItem } from '../domain';

/**
 * The clock time each agenda item starts, planned from the meeting's start time as the Chair
 * view projects the rest of a meeting ({@link projectedFinish}): each top-level item starts
 * when the planned minutes of the items before it have run, an item with no planned time
 * counting the body's `unplannedItemMinutes`. Sub-items run inside their parent's time, as in
 * the Chair view: the first starts with its parent, each next one after the planned minutes
 * of those before it (one with no plan takes none of its parent's time). A deferred or
 * withdrawn item, and whatever lies inside it, takes no time and has no start.
 */

/** When an item starts and for how long it is planned. */
export interface ItemTime {
  /** "10:15" on a 24-hour clock, "00:30 (+1 day)" past midnight; null when it does not run. */
  start: string | null;
  plannedMinutes: number | null;
}

type TimedItem = Pick<AgendaItem, 'id' | 'parentId' | 'position' | 'plannedMinutes' | 'status'>;

const minute = 60_000;
const day = 24 * 60;

/** The start as minutes after midnight, or null when it is not a time (HH:MM). */
function minutesOfDay(startTime: string): number | null {
  if (!isTime(startTime)) return null;
  const [hours = 0, minutes = 0] = startTime.split(':').map(Number);
  return hours * 60 + minutes;
}

const two = (n: number) => String(n).padStart(2, '0');

/** Minutes after the meeting day's midnight as a clock: "09:05", "00:30 (+1 day)". */
export function clockTime(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  const days = Math.floor(whole / day);
  const time = `${two(Math.floor((whole % day) / 60))}:${two(whole % 60)}`;
  if (days === 0) return time;
  return `${time} (+${String(days)} day${days === 1 ? '' : 's'})`;
}

/** An item as the projection counts it: still to run, at its plan. */
const toRun = (plannedMinutes: number | null) => ({
  parentId: null,
  status: 'pending' as const,
  startedAt: null,
  spentSeconds: 0,
  plannedMinutes,
});

/**
 * Each item's start and plan, by id. With no valid start time (HH:MM) every start is null;
 * `minutesForUnplanned` is the body's `unplannedItemMinutes`.
 */
export function agendaTimes(
  items: readonly TimedItem[],
  startTime: string,
  minutesForUnplanned: number,
): Map<string, ItemTime> {
  const start = minutesOfDay(startTime);
  // Epoch milliseconds from the meeting day's midnight (no calendar, so no time zone).
  const startOf = new Map<string, number | null>();
  /** Where the next child of an item starts: after its earlier children. */
  const nextChild = new Map<string, number>();
  let next = start === null ? null : start * minute;
  const times = new Map<string, ItemTime>();
  for (const { item, depth } of numberAgenda(items)) {
    const runs = item.status !== 'deferred' && item.status !== 'withdrawn';
    let at: number | null = null;
    if (depth === 0) {
      if (runs && next !== null) {
        at = next;
        next = projectedFinish([toRun(item.plannedMinutes)], at, minutesForUnplanned);
      }
    } else {
      // Numbered under its parent, so the parent came first.
      const parentId = item.parentId ?? '';
      const from = startOf.get(parentId) ?? null;
      if (runs && from !== null) {
        at = nextChild.get(parentId) ?? from;
        // Inside its parent's time: a sub-item with no plan takes none of it.
        nextChild.set(parentId, projectedFinish([toRun(item.plannedMinutes)], at, 0));
      }
    }
    startOf.set(item.id, at);
    times.set(item.id, {
      start: at === null ? null : clockTime(at / minute),
      plannedMinutes: item.plannedMinutes,
    });
  }
  return times;
}
