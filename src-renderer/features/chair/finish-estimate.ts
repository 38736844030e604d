import type { AgendaItem } from '../../domain';
import { projectedFinish, unplannedItemsAhead } from '../../domain';

/**
 * Minutes counted for an item with no planned time while the body is still loading; the body's
 * own setting (`Body.unplannedItemMinutes`, set on its settings screen) replaces it.
 */
export const defaultUnplannedMinutes = 10;

/** The projected finish and what it assumed, for the top bar. */
export interface FinishEstimate {
  /** Epoch milliseconds. */
  at: number;
  /** Items still to run that were counted at `minutesForUnplanned`. */
  unplanned: number;
  minutesForUnplanned: number;
}

/** When the meeting will end if the rest goes to plan, counting unplanned items at a default. */
export function estimateFinish(
  items: readonly AgendaItem[],
  now: number,
  minutesForUnplanned: number,
): FinishEstimate {
  return {
    at: projectedFinish(items, now, minutesForUnplanned),
    unplanned: unplannedItemsAhead(items),
    minutesForUnplanned,
  };
}

/**
 * What the projection assumed, in words: "includes 3 items without a planned time at 10 min
 * each", or nothing when every item still to run has a planned time.
 */
export function unplannedNote({ unplanned, minutesForUnplanned }: FinishEstimate): string {
  if (unplanned === 0) return '';
  const minutes = `${String(minutesForUnplanned)} min`;
  return unplanned === 1
    ? `includes 1 item without a planned time at ${minutes}`
    : `includes ${String(unplanned)} items without a planned time at ${minutes} each`;
}
