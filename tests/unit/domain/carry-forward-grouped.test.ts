import { describe, expect, it } from 'vitest';
import {
  closingMeeting,
  compareActions,
  groupUpdates,
  indexMeetings,
  isOutstandingAt,
  outstandingAt,
  type Action,
  type ActionUpdate,
  type MeetingIndex,
  type MeetingPoint,
} from '../../../src-renderer/domain';
import { randomLog } from './random-log';

/*
 * The carry-forward rules answer from each action's own updates, grouped once, where they used
 * to scan every update of the body for each action. On varied seeded logs (two bodies, earlier
 * actions, closings at several meetings, actions closed outside a meeting, updates at a
 * meeting no longer there, updates out of order) the answers must be what the scan gave.
 */

/** The rule as it was: every update scanned for the action. */
function closingByScan(action: Action, updates: readonly ActionUpdate[], index: MeetingIndex) {
  let found: MeetingPoint | undefined;
  for (const u of updates) {
    if (u.actionId !== action.id || !u.closes) continue;
    const m = index.get(u.meetingId);
    if (m && (found === undefined || m.number < found.number)) found = m;
  }
  return found;
}

function outstandingByScan(
  meeting: MeetingPoint,
  actions: readonly Action[],
  updates: readonly ActionUpdate[],
  index: MeetingIndex,
): string[] {
  return actions
    .filter((a) => {
      if (a.bodyId !== meeting.bodyId) return false;
      if (a.meetingId !== null) {
        const raisedAt = index.get(a.meetingId);
        if (raisedAt === undefined || raisedAt.number >= meeting.number) return false;
      }
      if (a.status === 'open') return true;
      const closedAt = closingByScan(a, updates, index);
      return closedAt !== undefined && closedAt.number >= meeting.number;
    })
    .map((a) => a.id)
    .sort();
}

const seeds = [1, 2, 3, 7, 42, 1234, 99_999];

describe('carry-forward from grouped updates', () => {
  it.each(seeds)('lists the same outstanding actions at every meeting (seed %i)', (seed) => {
    const log = randomLog(seed);
    const index = indexMeetings(log.meetings);
    let listed = 0;
    for (const meeting of log.meetings) {
      const grouped = outstandingAt(meeting, log.actions, log.updates, index);
      expect(grouped.map((a) => a.id).sort()).toEqual(
        outstandingByScan(meeting, log.actions, log.updates, index),
      );
      // Earliest first, as before.
      expect(grouped).toEqual([...grouped].sort(compareActions));
      listed += grouped.length;
    }
    // The data is varied enough that the lists are not all empty.
    expect(listed).toBeGreaterThan(10);
  });

  it.each(seeds)('finds the same closing meeting from the own updates (seed %i)', (seed) => {
    const log = randomLog(seed);
    const index = indexMeetings(log.meetings);
    const byAction = groupUpdates(log.updates);
    let closed = 0;
    for (const action of log.actions) {
      const own = byAction.get(action.id) ?? [];
      const expected = closingByScan(action, log.updates, index);
      expect(closingMeeting(action, own, index)).toBe(expected);
      expect(closingMeeting(action, log.updates, index)).toBe(expected);
      for (const meeting of log.meetings)
        expect(isOutstandingAt(meeting, action, own, index)).toBe(
          isOutstandingAt(meeting, action, log.updates, index),
        );
      if (expected) closed += 1;
    }
    expect(closed).toBeGreaterThan(5);
  });

  it('groups every update once, under its action, in the order given', () => {
    const log = randomLog(5);
    const grouped = groupUpdates(log.updates);
    expect([...grouped.values()].flat()).toHaveLength(log.updates.length);
    for (const [actionId, own] of grouped) {
      expect(own).toEqual(log.updates.filter((u) => u.actionId === actionId));
    }
  });

  it('orders references as numbers, as the per-call comparison did', () => {
    const log = randomLog(11);
    const byLocale = [...log.actions].sort(
      (a, b) =>
        (a.raisedOn < b.raisedOn ? -1 : a.raisedOn > b.raisedOn ? 1 : 0) ||
        a.reference.localeCompare(b.reference, 'en', { numeric: true }),
    );
    expect([...log.actions].sort(compareActions).map((a) => a.reference)).toEqual(
      byLocale.map((a) => a.reference),
    );
  });
});
