import { describe, expect, it } from 'vitest';
import {
  canTransition,
  isLocked,
  meetingStatusLabels,
  type MeetingStatus,
} from '../../../src-renderer/domain';

const statuses: MeetingStatus[] = ['draft', 'live', 'held', 'approved'];

/** Every move the lifecycle allows; anything else is refused. */
const allowed = new Set(['draft→live', 'live→held', 'held→live', 'held→approved']);

describe('canTransition', () => {
  it('follows draft agenda → live → held → minutes approved', () => {
    expect(canTransition('draft', 'live')).toBe(true);
    expect(canTransition('live', 'held')).toBe(true);
    expect(canTransition('held', 'approved')).toBe(true);
  });

  it('lets a held meeting go live again (resumed), but nothing else backwards', () => {
    expect(canTransition('held', 'live')).toBe(true);
    expect(canTransition('live', 'draft')).toBe(false);
    expect(canTransition('held', 'draft')).toBe(false);
  });

  it('skips no step', () => {
    expect(canTransition('draft', 'held')).toBe(false);
    expect(canTransition('draft', 'approved')).toBe(false);
    expect(canTransition('live', 'approved')).toBe(false);
  });

  it('lets nothing leave approved', () => {
    for (const to of statuses) expect(canTransition('approved', to)).toBe(false);
  });

  it('allows exactly the listed moves, and no status to itself', () => {
    for (const from of statuses) {
      for (const to of statuses) {
        expect(canTransition(from, to), `${from}→${to}`).toBe(allowed.has(`${from}→${to}`));
      }
    }
  });
});

describe('isLocked', () => {
  it('locks approved minutes only', () => {
    expect(statuses.filter(isLocked)).toEqual(['approved']);
  });
});

describe('meetingStatusLabels', () => {
  it('names every status in words', () => {
    expect(meetingStatusLabels).toEqual({
      draft: 'Draft agenda',
      live: 'Live',
      held: 'Held',
      approved: 'Minutes approved',
    });
  });
});
