import { describe, expect, it } from 'vitest';
import { numberAgenda, positionsFor, presetStyle } from '../../../src-renderer/domain';
import {
  firstMinuteNumberOf,
  meetingItemCounts,
  numberMeeting,
  withMinuteNumbers,
  type MinuteNumberedItem,
  type NumberingStyle,
} from '../../../src-renderer/domain/minute-numbering';
import { topLevelCount } from '../../../src-renderer/domain/numbering';

const keys = positionsFor(12);

interface Item extends MinuteNumberedItem {
  status: 'done' | 'withdrawn';
}

function item(
  id: string,
  position: number,
  parentId: string | null = null,
  classification: 'public' | 'confidential' = 'public',
): Item {
  return { id, parentId, position: keys[position] ?? 'z', classification, status: 'done' };
}

/** Three meetings of a body, deliberately stored out of order: 7 has 3 items, 8 has 2, 9 has 3. */
const meetings = [
  { id: 'm9', number: 9, agendaItems: [item('i1', 0), item('i2', 1), item('i3', 2)] },
  {
    id: 'm7',
    number: 7,
    agendaItems: [item('a', 0), item('b', 1), item('b1', 0, 'b'), item('c', 2)],
  },
  { id: 'm8', number: 8, agendaItems: [item('x', 0), item('y', 1), item('y1', 0, 'y')] },
];

function style(overrides: Partial<NumberingStyle>): NumberingStyle {
  return { minuteNumbering: 'meeting', firstMinuteNumber: 1, privatePart: false, ...overrides };
}

/** "number id" of each item of a meeting, in reading order, numbered in a style. */
function outline(s: NumberingStyle, meetingId: string): string[] {
  const meeting = meetings.find((m) => m.id === meetingId);
  if (!meeting) throw new Error(meetingId);
  const start = firstMinuteNumberOf(s, meeting, meetingItemCounts(meetings));
  return numberMeeting(s, meeting.agendaItems, start).map((n) => `${n.number} ${n.item.id}`.trim());
}

describe('minute numbers across three meetings', () => {
  it("'meeting' starts every meeting at the first number; sub-items 1.1 as before", () => {
    const s = style({ minuteNumbering: 'meeting' });
    expect(outline(s, 'm7')).toEqual(['1 a', '2 b', '2.1 b1', '3 c']);
    expect(outline(s, 'm8')).toEqual(['1 x', '2 y', '2.1 y1']);
    expect(outline(s, 'm9')).toEqual(['1 i1', '2 i2', '3 i3']);
    expect(outline(style({ firstMinuteNumber: 0 }), 'm8')).toEqual(['0 x', '1 y', '1.1 y1']);
  });

  it("'running' continues from the previous meeting by number; the earliest starts at the first number", () => {
    const s = style({ minuteNumbering: 'running', firstMinuteNumber: 39 });
    expect(outline(s, 'm7')).toEqual(['39 a', '40 b', '40.1 b1', '41 c']);
    expect(outline(s, 'm8')).toEqual(['42 x', '43 y', '43.1 y1']);
    expect(outline(s, 'm9')).toEqual(['44 i1', '45 i2', '46 i3']);
  });

  it("'none' prints no number at all, sub-items included", () => {
    const s = style({ minuteNumbering: 'none', firstMinuteNumber: 39 });
    expect(outline(s, 'm7')).toEqual(['a', 'b', 'b1', 'c']);
    expect(outline(s, 'm9')).toEqual(['i1', 'i2', 'i3']);
  });

  it('a single-meeting archive knows no earlier count: running numbers start at the first number', () => {
    const s = style({ minuteNumbering: 'running', firstMinuteNumber: 5 });
    const only = meetings.filter((m) => m.id === 'm9');
    expect(firstMinuteNumberOf(s, { id: 'm9', number: 9 }, meetingItemCounts(only))).toBe(5);
  });

  it('a withdrawn item keeps its number and counts for the next meeting', () => {
    const s = style({ minuteNumbering: 'running' });
    const withdrawn = meetings.map((m) => ({
      ...m,
      agendaItems: m.agendaItems.map((i) =>
        i.id === 'b' ? { ...i, status: 'withdrawn' as const } : i,
      ),
    }));
    const numbers = numberMeeting(s, withdrawn[1]?.agendaItems ?? [], 1).map((n) => n.number);
    expect(numbers).toEqual(['1', '2', '2.1', '3']);
    expect(firstMinuteNumberOf(s, { id: 'm8', number: 8 }, meetingItemCounts(withdrawn))).toBe(4);
  });

  it('counts an item whose parent is missing as top level, as numberAgenda does', () => {
    const items = [item('a', 0), item('orphan', 1, 'gone'), item('a1', 0, 'a')];
    expect(topLevelCount(items)).toBe(2);
    expect(numberAgenda(items).filter((n) => n.depth === 0)).toHaveLength(2);
  });

  it('the presets: council runs on, the committee prints none, the SEC Panel restarts', () => {
    expect(presetStyle('council').minuteNumbering).toBe('running');
    expect(presetStyle('committee').minuteNumbering).toBe('none');
    expect(presetStyle('sec-panel').minuteNumbering).toBe('meeting');
  });
});

describe('the private part', () => {
  const agenda = [
    item('open', 0),
    item('secret', 1, null, 'confidential'),
    item('secret-sub', 0, 'secret'),
    item('budget', 2),
    item('land', 3, null, 'confidential'),
    item('aob', 4),
  ];

  it('takes confidential top-level items after all public ones, numbered on, stored order kept', () => {
    const s = style({ minuteNumbering: 'running', privatePart: true });
    expect(numberMeeting(s, agenda, 53).map((n) => `${n.number} ${n.item.id}`)).toEqual([
      '53 open',
      '54 budget',
      '55 aob',
      '56 secret',
      '56.1 secret-sub',
      '57 land',
    ]);
  });

  it('leaves the stored order alone when the body has no private part', () => {
    const s = style({ privatePart: false });
    expect(numberMeeting(s, agenda, 1).map((n) => n.item.id)).toEqual([
      'open',
      'secret',
      'secret-sub',
      'budget',
      'land',
      'aob',
    ]);
  });
});

describe('the screens’ numbers', () => {
  it('show the documents’ numbers in the stored order, unchanged while not known', () => {
    const items = [item('a', 0), item('s', 1, null, 'confidential'), item('b', 2)];
    const s = style({ minuteNumbering: 'running', privatePart: true });
    const numbers = new Map(numberMeeting(s, items, 39).map((n) => [n.item.id, n.number]));
    const screen = withMinuteNumbers(numberAgenda(items), numbers);
    expect(screen.map((n) => `${n.number} ${n.item.id}`)).toEqual(['39 a', '41 s', '40 b']);
    expect(withMinuteNumbers(numberAgenda(items), undefined).map((n) => n.number)).toEqual([
      '1',
      '2',
      '3',
    ]);
  });
});
