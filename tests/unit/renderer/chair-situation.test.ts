import { describe, expect, it } from 'vitest';
import { numberAgenda, type AgendaItem, type ItemStatus } from '../../../src-renderer/domain';
import { chairSituation } from '../../../src-renderer/features/chair/chair-situation';
import { itemRow } from '../rows';

const audit = {
  createdAt: '2016-03-10T09:00:00.000Z',
  updatedAt: '2016-03-10T09:00:00.000Z',
  updatedBy: 'SECAS',
};

/** Top-level items with these statuses, in order; `sub` adds a pending sub-item to item 1. */
function agenda(statuses: readonly ItemStatus[], sub = false) {
  const items: AgendaItem[] = statuses.map((status, index) =>
    itemRow(
      {
        id: `i${String(index + 1)}`,
        meetingId: 'm',
        position: `a${String(index)}`,
        title: `Item ${String(index + 1)}`,
        status,
      },
      audit,
    ),
  );
  if (sub) {
    items.push(
      itemRow(
        {
          id: 's1',
          meetingId: 'm',
          parentId: 'i1',
          position: 'a0',
          title: 'Sub',
          status: 'pending',
        },
        audit,
      ),
    );
  }
  return numberAgenda(items);
}

const numberOf = (n: { number: string } | undefined) => n?.number;

describe('chairSituation', () => {
  it('before the start names the first pending item, or says the agenda is empty', () => {
    const draft = chairSituation('draft', agenda(['withdrawn', 'pending', 'pending']));
    expect(draft.kind).toBe('not-started');
    expect(draft.kind === 'not-started' && numberOf(draft.first)).toBe('2');
    expect(chairSituation('draft', agenda([]))).toEqual({ kind: 'empty' });
  });

  it('while an item runs gives it and the next pending top-level item', () => {
    const live = chairSituation('live', agenda(['done', 'current', 'deferred', 'pending'], true));
    expect(live.kind).toBe('current');
    if (live.kind !== 'current') return;
    expect(live.current.number).toBe('2');
    expect(numberOf(live.next)).toBe('4');
    const last = chairSituation('live', agenda(['done', 'current']));
    expect(last.kind === 'current' && last.next).toBeUndefined();
  });

  it('between items names the next one: after a reopening, or a meeting imported live', () => {
    const between = chairSituation('live', agenda(['done', 'deferred', 'pending', 'pending']));
    expect(between.kind).toBe('between');
    expect(between.kind === 'between' && between.next.number).toBe('3');
  });

  it('once nothing is pending the agenda is done, listing what was deferred', () => {
    const done = chairSituation('live', agenda(['done', 'deferred', 'withdrawn', 'done']));
    expect(done.kind).toBe('agenda-done');
    expect(done.kind === 'agenda-done' && done.deferred.map((n) => n.number)).toEqual(['2']);
    // A pending sub-item is run inside its parent, so it does not hold the agenda open.
    expect(chairSituation('live', agenda(['done'], true)).kind).toBe('agenda-done');
  });

  it('after the close, whatever the items say, the meeting is closed', () => {
    expect(chairSituation('held', agenda(['done', 'pending']))).toEqual({ kind: 'closed' });
    expect(chairSituation('approved', agenda(['done']))).toEqual({ kind: 'closed' });
  });
});
