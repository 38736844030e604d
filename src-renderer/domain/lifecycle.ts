import type { MeetingStatus } from './model';

/** The moves a meeting may make: draft agenda → live → held → minutes approved. */
const transitions: Record<MeetingStatus, readonly MeetingStatus[]> = {
  draft: ['live'],
  live: ['held'],
  held: ['live', 'approved'],
  approved: [],
};

/** True when a meeting in status `from` may move to `to`. */
export function canTransition(from: MeetingStatus, to: MeetingStatus): boolean {
  return transitions[from].includes(to);
}

/** Approved minutes are locked: changes to them are recorded amendments, never edits. */
export function isLocked(status: MeetingStatus): boolean {
  return status === 'approved';
}

export const meetingStatusLabels: Record<MeetingStatus, string> = {
  draft: 'Draft agenda',
  live: 'Live',
  held: 'Held',
  approved: 'Minutes approved',
};
