/**
 * What the action log shows of an action's updates without reading them: how many there are,
 * and the meetings whose updates closed it. Kept with each stored action, so that a log of
 * 4,000 actions opens without reading their 9,000 updates.
 */
import type { MeetingIndex, MeetingPoint } from './carry-forward';
import type { ActionUpdate, Id } from './model';

export interface ActionTally {
  /** How many updates the action has. */
  updates: number;
  /** The meetings of its updates that close it (usually none or one), in no order. */
  closingMeetings: Id[];
}

/** The tally of an action with no update. */
export function noUpdates(): ActionTally {
  return { updates: 0, closingMeetings: [] };
}

/** The tally of each action that has updates among `updates`; the others have none. */
export function tallyUpdates(updates: readonly ActionUpdate[]): Map<Id, ActionTally> {
  const tallies = new Map<Id, ActionTally>();
  for (const update of updates) {
    let tally = tallies.get(update.actionId);
    if (tally === undefined) {
      tally = { updates: 0, closingMeetings: [] };
      tallies.set(update.actionId, tally);
    }
    tally.updates += 1;
    if (update.closes && !tally.closingMeetings.includes(update.meetingId))
      tally.closingMeetings.push(update.meetingId);
  }
  return tallies;
}

/** True when the two tallies say the same. */
export function sameTally(a: ActionTally, b: ActionTally): boolean {
  return (
    a.updates === b.updates &&
    a.closingMeetings.length === b.closingMeetings.length &&
    a.closingMeetings.every((id) => b.closingMeetings.includes(id))
  );
}

/**
 * The meeting at which the action was closed, as {@link closingMeeting} finds it from the
 * updates: the lowest-numbered known meeting of its closing updates.
 */
export function closingMeetingOf(
  tally: ActionTally,
  meetings: MeetingIndex,
): MeetingPoint | undefined {
  let found: MeetingPoint | undefined;
  for (const id of tally.closingMeetings) {
    const m = meetings.get(id);
    if (m && (found === undefined || m.number < found.number)) found = m;
  }
  return found;
}
