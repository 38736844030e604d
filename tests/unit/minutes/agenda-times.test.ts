import { describe, expect, it } from 'vitest';
import { agendaTimes, clockTime } from '../../../src-renderer/minutes';

// When each agenda item starts: from the meeting's start, after the planned minutes of the
// items before it, as the Chair view projects the rest of a meeting.

type Status = 'pending' | 'current' | 'done' | 'deferred' | 'withdrawn';

function item(
  id: string,
  plannedMinutes: number | null,
  parentId: string | null = null,
  status: Status = 'pending',
) {
  // Positions in the order the items are listed here.
  return { id, parentId, position: `a${id}`, plannedMinutes, status };
}

const starts = (times: ReturnType<typeof agendaTimes>) =>
  Object.fromEntries([...times].map(([id, t]) => [id, t.start]));

describe('agenda times', () => {
  it('start each item when the planned minutes of those before it have run', () => {
    const times = agendaTimes([item('1', 10), item('2', 15), item('3', 20)], '10:00', 10);
    expect(starts(times)).toEqual({ '1': '10:00', '2': '10:10', '3': '10:25' });
    expect(times.get('3')?.plannedMinutes).toBe(20);
  });

  it("count an item with no planned time at the body's unplanned minutes; a plan of 0 is a plan", () => {
    const items = [item('1', null), item('2', 0), item('3', 5), item('4', null), item('5', 5)];
    expect(starts(agendaTimes(items, '09:30', 7))).toEqual({
      '1': '09:30',
      '2': '09:37',
      '3': '09:37',
      '4': '09:42',
      '5': '09:49',
    });
    expect(agendaTimes(items, '09:30', 7).get('1')?.plannedMinutes).toBeNull();
  });

  it("run sub-items inside their parent's time, in their order", () => {
    const items = [
      item('1', 30),
      item('11', 10, '1'),
      item('12', null, '1'),
      item('13', 5, '1'),
      item('131', 2, '13'),
      item('132', 2, '13'),
      item('2', 10),
    ];
    expect(starts(agendaTimes(items, '14:00', 10))).toEqual({
      '1': '14:00',
      '11': '14:00',
      // An unplanned sub-item takes none of its parent's time.
      '12': '14:10',
      '13': '14:10',
      '131': '14:10',
      '132': '14:12',
      // Whatever the sub-items plan, the next item follows its parent's plan.
      '2': '14:30',
    });
  });

  it('give a deferred or withdrawn item, and what lies inside it, no time and no start', () => {
    const items = [
      item('1', 10),
      item('2', 15, null, 'deferred'),
      item('21', 5, '2'),
      item('3', 20, null, 'withdrawn'),
      item('4', 5, null, 'done'),
      item('5', 5, null, 'current'),
    ];
    expect(starts(agendaTimes(items, '10:00', 10))).toEqual({
      '1': '10:00',
      '2': null,
      '21': null,
      '3': null,
      '4': '10:10',
      '5': '10:15',
    });
  });

  it('say the day after midnight, and give no start without a start time', () => {
    const items = [item('1', 90), item('2', 24 * 60), item('3', 10)];
    expect(starts(agendaTimes(items, '23:00', 10))).toEqual({
      '1': '23:00',
      '2': '00:30 (+1 day)',
      '3': '00:30 (+2 days)',
    });
    expect(starts(agendaTimes(items, '', 10))).toEqual({ '1': null, '2': null, '3': null });
    expect(starts(agendaTimes(items, '25:00', 10))).toEqual({ '1': null, '2': null, '3': null });
  });

  it('do not depend on the time zone', () => {
    expect(clockTime(9 * 60 + 5)).toBe('09:05');
    expect(clockTime(0)).toBe('00:00');
    const before = process.env.TZ;
    process.env.TZ = 'Pacific/Chatham';
    try {
      expect(starts(agendaTimes([item('1', 45), item('2', 5)], '01:30', 10))).toEqual({
        '1': '01:30',
        '2': '02:15',
      });
    } finally {
      process.env.TZ = before;
    }
  });
});
