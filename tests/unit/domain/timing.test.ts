import { describe, expect, it } from 'vitest';
import {
  describeDuration,
  formatDuration,
  formatTimeOfDay,
  itemElapsedSeconds,
  meetingClockSeconds,
  projectedFinish,
  timeState,
} from '../../../src-renderer/domain/timing';
import type { AgendaItem } from '../../../src-renderer/domain';

const t0 = Date.parse('2016-03-10T10:00:00.000Z');
const at = (seconds: number): number => t0 + seconds * 1000;
const iso = (seconds: number): string => new Date(at(seconds)).toISOString();

type Timed = Pick<
  AgendaItem,
  'parentId' | 'status' | 'startedAt' | 'spentSeconds' | 'plannedMinutes'
>;

function item(patch: Partial<Timed>): Timed {
  return {
    parentId: null,
    status: 'pending',
    startedAt: null,
    spentSeconds: 0,
    plannedMinutes: null,
    ...patch,
  };
}

describe('itemElapsedSeconds', () => {
  it('is the time spent before plus the running stretch', () => {
    expect(itemElapsedSeconds({ startedAt: iso(0), spentSeconds: 0 }, at(95))).toBe(95);
    expect(itemElapsedSeconds({ startedAt: iso(0), spentSeconds: 120 }, at(95))).toBe(215);
  });

  it('counts only whole seconds, and a stopped item does not run', () => {
    expect(itemElapsedSeconds({ startedAt: iso(0), spentSeconds: 0 }, at(9.99))).toBe(9);
    expect(itemElapsedSeconds({ startedAt: null, spentSeconds: 300 }, at(1000))).toBe(300);
  });

  it('never runs backwards when another window’s clock is a little ahead', () => {
    expect(itemElapsedSeconds({ startedAt: iso(10), spentSeconds: 30 }, at(8))).toBe(30);
  });
});

describe('timeState', () => {
  it('is none when no time is planned', () => {
    expect(timeState(5000, null)).toBe('none');
    expect(timeState(5000, 0)).toBe('none');
  });

  it('turns amber at 80 % of the planned time and red beyond it', () => {
    // 10 minutes planned: amber from 8:00, red after 10:00.
    expect(timeState(0, 10)).toBe('ok');
    expect(timeState(479, 10)).toBe('ok');
    expect(timeState(480, 10)).toBe('amber');
    expect(timeState(600, 10)).toBe('amber');
    expect(timeState(601, 10)).toBe('red');
  });
});

describe('meetingClockSeconds', () => {
  it('is 0 before the meeting starts', () => {
    expect(meetingClockSeconds({ startedAt: null, closedAt: null }, at(500))).toBe(0);
  });

  it('runs from startedAt, and stops when the meeting closes', () => {
    expect(meetingClockSeconds({ startedAt: iso(0), closedAt: null }, at(3725))).toBe(3725);
    expect(meetingClockSeconds({ startedAt: iso(0), closedAt: iso(600) }, at(3725))).toBe(600);
  });
});

describe('projectedFinish', () => {
  it('is now plus what is left of the current item plus the pending items', () => {
    const items = [
      item({ status: 'done', plannedMinutes: 5, spentSeconds: 400 }),
      item({ status: 'current', plannedMinutes: 10, startedAt: iso(0), spentSeconds: 60 }),
      item({ status: 'pending', plannedMinutes: 15 }),
      item({ status: 'deferred', plannedMinutes: 20 }),
      item({ status: 'withdrawn', plannedMinutes: 30 }),
      item({ status: 'pending', plannedMinutes: null }),
      item({ status: 'pending', plannedMinutes: 5, parentId: 'p' }),
    ];
    // Current: 600 planned − (60 + 120) used = 420 s left; pending top-level: 900 s.
    expect(projectedFinish(items, at(120))).toBe(at(120 + 420 + 900));
  });

  it('counts nothing left of a current item already over time', () => {
    const items = [
      item({ status: 'current', plannedMinutes: 1, startedAt: iso(0) }),
      item({ status: 'pending', plannedMinutes: 2 }),
    ];
    expect(projectedFinish(items, at(300))).toBe(at(300 + 120));
  });

  it('is now when nothing is planned', () => {
    expect(projectedFinish([], at(42))).toBe(at(42));
  });
});

describe('formatting', () => {
  it('writes durations as mm:ss below an hour and h:mm from an hour', () => {
    expect(formatDuration(0)).toBe('00:00');
    expect(formatDuration(425)).toBe('07:05');
    expect(formatDuration(3599)).toBe('59:59');
    expect(formatDuration(3600)).toBe('1:00');
    expect(formatDuration(5100)).toBe('1:25');
    expect(formatDuration(-5)).toBe('00:00');
  });

  it('says durations in words', () => {
    expect(describeDuration(0)).toBe('0 seconds');
    expect(describeDuration(1)).toBe('1 second');
    expect(describeDuration(425)).toBe('7 minutes 5 seconds');
    expect(describeDuration(600)).toBe('10 minutes');
    expect(describeDuration(3660)).toBe('1 hour 1 minute');
    expect(describeDuration(7200)).toBe('2 hours');
  });

  it('writes a time of day on a 24-hour clock', () => {
    expect(formatTimeOfDay(new Date(2016, 2, 10, 9, 5).getTime())).toBe('9:05');
    expect(formatTimeOfDay(new Date(2016, 2, 10, 14, 40, 59).getTime())).toBe('14:40');
  });
});
