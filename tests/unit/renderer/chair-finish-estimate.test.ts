import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../src-renderer/domain';
import {
  defaultUnplannedMinutes,
  estimateFinish,
  unplannedNote,
} from '../../../src-renderer/features/chair/finish-estimate';
import { itemRow } from '../rows';

const audit = {
  createdAt: '2016-03-10T09:00:00.000Z',
  updatedAt: '2016-03-10T09:00:00.000Z',
  updatedBy: 'SECAS',
};
const t0 = Date.parse('2016-03-10T10:00:00.000Z');

function item(index: number, fields: Partial<AgendaItem>): AgendaItem {
  const id = `i${String(index)}`;
  return itemRow(
    { id, meetingId: 'm', position: `a${String(index)}`, title: id, ...fields },
    audit,
  );
}

describe('estimateFinish', () => {
  it('counts the items with no planned time at the default, and says how many', () => {
    const items = [
      item(1, { status: 'done', plannedMinutes: null }),
      item(2, { status: 'current', plannedMinutes: 10, startedAt: new Date(t0).toISOString() }),
      item(3, { plannedMinutes: null }),
      item(4, { plannedMinutes: 5 }),
      item(5, { plannedMinutes: null }),
      item(6, { plannedMinutes: null }),
    ];
    const estimate = estimateFinish(items, t0, defaultUnplannedMinutes);
    expect(estimate).toEqual({
      at: t0 + (10 + 3 * 10 + 5) * 60_000,
      unplanned: 3,
      minutesForUnplanned: 10,
    });
    expect(unplannedNote(estimate)).toBe('includes 3 items without a planned time at 10 min each');
  });

  it('says nothing when every item still to run has a planned time', () => {
    const estimate = estimateFinish([item(1, { plannedMinutes: 5 })], t0, 10);
    expect(estimate.unplanned).toBe(0);
    expect(unplannedNote(estimate)).toBe('');
  });

  it('speaks of one item in the singular', () => {
    expect(unplannedNote({ at: t0, unplanned: 1, minutesForUnplanned: 15 })).toBe(
      'includes 1 item without a planned time at 15 min',
    );
  });
});
