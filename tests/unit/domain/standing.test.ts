import { describe, expect, it } from 'vitest';
import {
  actionsOutstandingTitle,
  byPosition,
  numberAgenda,
  planActionsOutstandingItem,
  planStandingItems,
  positionsFor,
  type AgendaItem,
  type Id,
} from '../../../src-renderer/domain';

const at = '2016-02-11T10:00:00.000Z';

function item(
  id: Id,
  title: string,
  position: string,
  extra: Partial<AgendaItem> = {},
): AgendaItem {
  return {
    id,
    meetingId: 'm29',
    parentId: null,
    position,
    title,
    presenter: '',
    paperRefs: [],
    classification: 'public',
    exemption: '',
    plannedMinutes: null,
    status: 'done',
    publicSummary: '',
    kind: 'standard',
    standing: false,
    startedAt: null,
    spentSeconds: 0,
    createdAt: at,
    updatedAt: at,
    updatedBy: 'SECAS',
    ...extra,
  };
}

/** Meeting 29: AO (standing, with two sub-items), a paper, AOB (standing), a standing sub-item. */
function meeting29(): AgendaItem[] {
  const [k1, k2, k3, k4] = positionsFor(4) as [string, string, string, string];
  return [
    // Stored out of order: the plan follows positions, not storage order.
    item('aob', 'Any Other Business', k4, { standing: true, presenter: 'Chair' }),
    item('ao', 'Minutes and Actions Outstanding', k1, {
      standing: true,
      kind: 'actions-outstanding',
      presenter: 'SECAS',
      plannedMinutes: 10,
      paperRefs: ['SECP_29_0211_01'],
      status: 'done',
      startedAt: at,
      spentSeconds: 600,
    }),
    item('ao-2', 'SECP22/08', k2, { parentId: 'ao', presenter: 'DCC' }),
    item('ao-1', 'SECP22/04', k1, { parentId: 'ao', classification: 'confidential' }),
    item('ao-1-1', 'CPL detail', k1, { parentId: 'ao-1', plannedMinutes: 2 }),
    item('paper', 'Risk Register', k2, { presenter: 'SECAS' }),
    item('cpl', 'Changes to the CPL', k1, { parentId: 'paper', standing: true }),
    item('eod', 'Event of Default', k3, {
      standing: true,
      classification: 'confidential',
      publicSummary: 'Discussed in confidence.',
      plannedMinutes: 15,
    }),
  ];
}

function ids(prefix: string): () => Id {
  let n = 0;
  return () => `${prefix}${String(++n)}`;
}

/** The planned agenda as the app would number it, after what is already there. */
function outline(items: readonly AgendaItem[]): string[] {
  return numberAgenda(items).map((n) => `${'  '.repeat(n.depth)}${n.number} ${n.item.title}`);
}

function asItems(planned: ReturnType<typeof planStandingItems>['items']): AgendaItem[] {
  return planned.map((p) => ({ ...p, createdAt: at, updatedAt: at, updatedBy: 'SECAS' }));
}

describe('planStandingItems', () => {
  it('copies the standing items with their sub-items, in order, onto an empty agenda', () => {
    const plan = planStandingItems(meeting29(), [], 'm30', ids('n'));
    expect(outline(asItems(plan.items))).toEqual([
      '1 Minutes and Actions Outstanding',
      '  1.1 SECP22/04',
      '    1.1.1 CPL detail',
      '  1.2 SECP22/08',
      '2 Changes to the CPL',
      '3 Event of Default',
      '4 Any Other Business',
    ]);
    expect(plan.skipped).toEqual([]);
    // Parents come before their sub-items, so the rows can be written in this order.
    const seen = new Set<Id>();
    for (const p of plan.items) {
      if (p.parentId !== null) expect(seen.has(p.parentId)).toBe(true);
      seen.add(p.id);
    }
  });

  it('copies titles, presenters, classification, planned minutes and kind, not the meeting’s own', () => {
    const plan = planStandingItems(meeting29(), [], 'm30', ids('n'));
    const ao = plan.items[0];
    expect(ao).toEqual({
      id: 'n1',
      meetingId: 'm30',
      parentId: null,
      position: expect.any(String) as unknown,
      title: 'Minutes and Actions Outstanding',
      presenter: 'SECAS',
      paperRefs: [],
      classification: 'public',
      exemption: '',
      plannedMinutes: 10,
      status: 'pending',
      publicSummary: '',
      kind: 'actions-outstanding',
      standing: true,
      startedAt: null,
      spentSeconds: 0,
    });
    const byTitle = new Map(plan.items.map((p) => [p.title, p]));
    expect(byTitle.get('SECP22/04')).toMatchObject({
      parentId: 'n1',
      classification: 'confidential',
      standing: false,
    });
    expect(byTitle.get('CPL detail')).toMatchObject({ parentId: 'n2', plannedMinutes: 2 });
    expect(byTitle.get('Event of Default')).toMatchObject({
      classification: 'confidential',
      plannedMinutes: 15,
      publicSummary: '',
    });
    // A standing sub-item of an item that is not copied becomes a top-level item.
    expect(byTitle.get('Changes to the CPL')?.parentId).toBeNull();
    expect(plan.items.every((p) => p.meetingId === 'm30')).toBe(true);
    expect(new Set(plan.items.map((p) => p.id)).size).toBe(plan.items.length);
  });

  it('adds after the items already on the agenda, and skips those already there', () => {
    const [k1, k2] = positionsFor(2) as [string, string];
    const current = [
      item('w', 'Welcome', k1, { meetingId: 'm30' }),
      item('x', '  any other   BUSINESS ', k2, { meetingId: 'm30' }),
    ];
    const plan = planStandingItems(meeting29(), current, 'm30', ids('n'));
    expect(plan.skipped).toEqual(['Any Other Business']);
    expect(outline([...current, ...asItems(plan.items)])).toEqual([
      '1 Welcome',
      '2   any other   BUSINESS ',
      '3 Minutes and Actions Outstanding',
      '  3.1 SECP22/04',
      '    3.1.1 CPL detail',
      '  3.2 SECP22/08',
      '4 Changes to the CPL',
      '5 Event of Default',
    ]);
  });

  it('never plans a second Actions Outstanding item', () => {
    const current = [
      item('mine', 'Actions carried forward', positionsFor(1)[0] ?? '', {
        meetingId: 'm30',
        kind: 'actions-outstanding',
      }),
    ];
    const plan = planStandingItems(meeting29(), current, 'm30', ids('n'));
    expect(plan.skipped).toEqual(['Minutes and Actions Outstanding']);
    expect(plan.items.map((p) => p.title)).toEqual([
      'Changes to the CPL',
      'Event of Default',
      'Any Other Business',
    ]);
    // An earlier agenda with two of them (from an old archive) still yields one.
    const twice = meeting29().map((i) =>
      i.id === 'eod' ? { ...i, kind: 'actions-outstanding' as const } : i,
    );
    const kinds = planStandingItems(twice, [], 'm30', ids('n')).items.map((p) => p.kind);
    expect(kinds.filter((k) => k === 'actions-outstanding')).toHaveLength(1);
  });

  it('keeps a standing sub-item lifted out of a confidential item confidential, with its exemption', () => {
    const [k1, k2] = positionsFor(2) as [string, string];
    const [s1, s2] = positionsFor(2) as [string, string];
    const previous = [
      item('legal', 'Legal matters', k1, { classification: 'confidential', exemption: '5' }),
      item('suit', 'Northwind litigation', s1, { parentId: 'legal', standing: true }),
      item('deep', 'Settlement talks', s1, { parentId: 'suit', standing: false }),
      item('own', 'Counsel’s advice', s2, {
        parentId: 'legal',
        standing: true,
        classification: 'confidential',
        exemption: '3',
      }),
      item('aob', 'Any Other Business', k2, { standing: true }),
    ];
    const plan = planStandingItems(previous, [], 'm30', ids('n'));
    const byTitle = new Map(plan.items.map((p) => [p.title, p]));
    expect(byTitle.get('Northwind litigation')).toMatchObject({
      parentId: null,
      classification: 'confidential',
      exemption: '5',
    });
    // Its own sub-items come with it, under it: confidential through it.
    expect(byTitle.get('Settlement talks')?.parentId).toBe(byTitle.get('Northwind litigation')?.id);
    expect(byTitle.get('Counsel’s advice')).toMatchObject({
      parentId: null,
      classification: 'confidential',
      exemption: '3',
    });
    expect(byTitle.get('Any Other Business')).toMatchObject({ classification: 'public' });
  });

  it('skips the sub-items of an item skipped as already here: run twice, nothing is lifted out', () => {
    const [k1] = positionsFor(1) as [string];
    const previous = [
      item('legal', 'Legal matters', k1, { classification: 'confidential', standing: true }),
      item('suit', 'Northwind litigation', k1, { parentId: 'legal', standing: true }),
    ];
    const first = planStandingItems(previous, [], 'm30', ids('a'));
    expect(outline(asItems(first.items))).toEqual([
      '1 Legal matters',
      '  1.1 Northwind litigation',
    ]);
    const again = planStandingItems(previous, asItems(first.items), 'm30', ids('b'));
    expect(again).toEqual({ items: [], skipped: ['Legal matters'] });
  });

  it('plans nothing when the earlier meeting has no standing item, or nothing at all', () => {
    const plain = meeting29().map((i) => ({ ...i, standing: false }));
    expect(planStandingItems(plain, [], 'm30', ids('n'))).toEqual({ items: [], skipped: [] });
    expect(planStandingItems([], [], 'm30', ids('n'))).toEqual({ items: [], skipped: [] });
  });

  it('keeps sibling keys strictly ascending under every parent', () => {
    const plan = planStandingItems(meeting29(), [], 'm30', ids('n'));
    const groups = new Map<Id | null, string[]>();
    for (const p of plan.items)
      groups.set(p.parentId, [...(groups.get(p.parentId) ?? []), p.position]);
    for (const keys of groups.values()) {
      expect([...keys].sort()).toEqual(keys);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe('planActionsOutstandingItem', () => {
  it('plans a standing Actions Outstanding item ahead of every top-level item', () => {
    const [k1, k2] = positionsFor(2) as [string, string];
    const current = [
      item('b', 'Event of Default', k2, { meetingId: 'm30' }),
      item('a', 'Welcome', k1, { meetingId: 'm30' }),
      item('a1', 'Sub', k1, { meetingId: 'm30', parentId: 'a' }),
    ];
    const planned = planActionsOutstandingItem(current, 'm30', 'new');
    expect(planned).toMatchObject({
      id: 'new',
      meetingId: 'm30',
      parentId: null,
      title: actionsOutstandingTitle,
      kind: 'actions-outstanding',
      standing: true,
      status: 'pending',
    });
    if (planned === null) throw new Error('expected a plan');
    const all = [...current, { ...planned, createdAt: at, updatedAt: at, updatedBy: 'x' }];
    expect(
      all
        .filter((i) => i.parentId === null)
        .sort(byPosition)
        .map((i) => i.title),
    ).toEqual([actionsOutstandingTitle, 'Welcome', 'Event of Default']);
  });

  it('plans one on an empty agenda', () => {
    expect(planActionsOutstandingItem([], 'm30', 'new')?.title).toBe(
      'Minutes and Actions Outstanding',
    );
  });

  it('refuses a second one (null), wherever the first one is', () => {
    const current = [
      item('x', 'Renamed', 'a0', { meetingId: 'm30', parentId: 'p', kind: 'actions-outstanding' }),
    ];
    expect(planActionsOutstandingItem(current, 'm30', 'new')).toBeNull();
  });
});
