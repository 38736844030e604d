import { describe, expect, it } from 'vitest';
import {
  describeDuration,
  formatDuration,
  formatTimeOfDay,
  itemElapsedSeconds,
  meetingClockSeconds,
  projectedFinish,
  timeState,
  unplannedItemsAhead,
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
      item({ status: 'pending', plannedMinutes: 5, parentId: 'p' }),
    ];
    // Current: 600 planned − (60 + 120) used = 420 s left; pending top-level: 900 s.
    expect(projectedFinish(items, at(120), 10)).toBe(at(120 + 420 + 900));
  });

  it('counts nothing left of a current item already over time', () => {
    const items = [
      item({ status: 'current', plannedMinutes: 1, startedAt: iso(0) }),
      item({ status: 'pending', plannedMinutes: 2 }),
    ];
    expect(projectedFinish(items, at(300), 10)).toBe(at(300 + 120));
  });

  it('is now when nothing is left to run', () => {
    expect(projectedFinish([], at(42), 10)).toBe(at(42));
    const finished = [
      item({ status: 'done', plannedMinutes: null }),
      item({ status: 'deferred', plannedMinutes: null }),
      item({ status: 'withdrawn', plannedMinutes: null }),
    ];
    expect(projectedFinish(finished, at(42), 10)).toBe(at(42));
  });

  it('counts a pending item with no planned time at the default', () => {
    const items = [
      item({ status: 'pending', plannedMinutes: 15 }),
      item({ status: 'pending', plannedMinutes: null }),
      item({ status: 'pending', plannedMinutes: null }),
    ];
    expect(projectedFinish(items, at(0), 10)).toBe(at(15 * 60 + 2 * 10 * 60));
    expect(projectedFinish(items, at(0), 7)).toBe(at(15 * 60 + 2 * 7 * 60));
    // With no default the unplanned items take no time: the figure the Chair saw before.
    expect(projectedFinish(items, at(0), 0)).toBe(at(15 * 60));
  });

  it('runs a current item with no planned time down from the default', () => {
    const running = item({ status: 'current', plannedMinutes: null, startedAt: iso(0) });
    expect(projectedFinish([running], at(240), 10)).toBe(at(240 + 360));
    // Past the default, nothing more is counted for it.
    expect(projectedFinish([running], at(900), 10)).toBe(at(900));
  });

  it('counts an unplanned sub-item inside its parent, not at the default', () => {
    const items = [
      item({ status: 'pending', plannedMinutes: 20 }),
      item({ status: 'pending', plannedMinutes: null, parentId: 'p' }),
    ];
    expect(projectedFinish(items, at(0), 10)).toBe(at(20 * 60));
  });

  it('takes a planned 0 minutes as planned', () => {
    const items = [item({ status: 'pending', plannedMinutes: 0 })];
    expect(projectedFinish(items, at(0), 10)).toBe(at(0));
  });

  it('counts a negative or non-finite default as no time', () => {
    const items = [item({ status: 'pending', plannedMinutes: null })];
    expect(projectedFinish(items, at(0), -5)).toBe(at(0));
    expect(projectedFinish(items, at(0), Number.NaN)).toBe(at(0));
    expect(projectedFinish(items, at(0), Number.POSITIVE_INFINITY)).toBe(at(0));
  });

  it('no longer promises an early finish when most items to go have no planned time', () => {
    // 8:35 with 13 items to go: 2 planned at 5 minutes, 11 without a plan. Counting only the
    // planned ones promised 8:45; at 10 minutes each the rest take 110 minutes more.
    const nowAt = new Date(2016, 2, 10, 8, 35).getTime();
    const items = [
      item({ status: 'current', plannedMinutes: 5, startedAt: new Date(nowAt).toISOString() }),
      item({ status: 'pending', plannedMinutes: 5 }),
      ...Array.from({ length: 11 }, () => item({ status: 'pending', plannedMinutes: null })),
    ];
    expect(formatTimeOfDay(projectedFinish(items, nowAt, 0))).toBe('8:45');
    expect(formatTimeOfDay(projectedFinish(items, nowAt, 10))).toBe('10:35');
    expect(unplannedItemsAhead(items)).toBe(11);
  });
});

describe('unplannedItemsAhead', () => {
  it('counts the current and pending top-level items with no planned time', () => {
    const items = [
      item({ status: 'current', plannedMinutes: null }),
      item({ status: 'pending', plannedMinutes: null }),
      item({ status: 'pending', plannedMinutes: 0 }),
      item({ status: 'pending', plannedMinutes: 10 }),
      item({ status: 'pending', plannedMinutes: null, parentId: 'p' }),
      item({ status: 'done', plannedMinutes: null }),
      item({ status: 'deferred', plannedMinutes: null }),
      item({ status: 'withdrawn', plannedMinutes: null }),
    ];
    expect(unplannedItemsAhead(items)).toBe(2);
    expect(unplannedItemsAhead([])).toBe(0);
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
