import { describe, expect, it } from 'vitest';
import type { AgendaItem, Archive } from '../../../src-renderer/domain';
import {
  agendaConfidentialItemsOf,
  buildAgenda,
  buildMinutes,
  type AgendaOptions,
  type MinutesDocument,
} from '../../../src-renderer/minutes';
import { headingNumber } from '../../../src-renderer/minutes/house-style';
import { loadFixture, meetingOf } from './minutes-support';
import { documentText } from './model-text';

/**
 * The agenda of the reference meeting as the builder makes it: the minutes' numbering, the
 * time each item starts, the presenter and papers, the confidential marks, and the public
 * agenda in the body's two ways of showing a confidential item.
 */

type Variant = 'confidential' | 'public';

/** Top-level item `n` (1-based) of the reference meeting. */
function item(archive: Archive, n: number): AgendaItem {
  const found = meetingOf(archive).meeting.agendaItems.filter((i) => i.parentId === null)[n - 1];
  if (found === undefined) throw new Error('the fixture has changed');
  return found;
}

/** Adds a sub-item under `parent`, public unless said otherwise, after its other sub-items. */
function addSubItem(
  archive: Archive,
  parent: AgendaItem,
  id: string,
  fields: Partial<AgendaItem> = {},
): AgendaItem {
  const { meeting } = meetingOf(archive);
  const siblings = meeting.agendaItems.filter((i) => i.parentId === parent.id).length;
  const sub: AgendaItem = {
    ...parent,
    id,
    parentId: parent.id,
    position: `a${String(siblings)}`,
    title: `Sub-item ${id}`,
    presenter: 'SECAS',
    paperRefs: [],
    classification: 'public',
    plannedMinutes: null,
    publicSummary: '',
    ...fields,
  };
  meeting.agendaItems.push(sub);
  return sub;
}

/** The reference archive with sub-items: two under item 4 (one confidential, with its own), one under item 2. */
function withSubItems(): Archive {
  const archive = loadFixture();
  const item4 = item(archive, 4);
  addSubItem(archive, item4, 'four-one', {
    title: 'Decision Making Principles',
    plannedMinutes: 5,
  });
  const secret = addSubItem(archive, item4, 'four-two', {
    title: 'Report Template',
    classification: 'confidential',
    presenter: 'Deloitte Assurance',
    paperRefs: ['SECP_30_1003_04B'],
    publicSummary: 'The Panel considered a report template.',
  });
  addSubItem(archive, secret, 'four-two-one', { title: 'Template appendix' });
  addSubItem(archive, item(archive, 2), 'two-one', {
    title: 'Northwind remedy plan',
    presenter: 'Northwind Energy',
    paperRefs: ['NW-2016-03'],
  });
  return archive;
}

function agenda(
  variant: Variant,
  change?: (archive: Archive) => void,
  options?: AgendaOptions,
): MinutesDocument {
  const archive = loadFixture();
  change?.(archive);
  return buildAgenda(archive, meetingOf(archive).meeting.id, variant, options);
}

/** The agenda's one table. */
function tableOf(doc: MinutesDocument) {
  expect(doc.blocks).toHaveLength(1);
  const [table] = doc.blocks;
  if (table?.kind !== 'table') throw new Error('the agenda is not a table');
  return table;
}

/** The agenda's rows by printed number: "4." → [number, title, presenter, papers, time]. */
function rows(doc: MinutesDocument): Map<string, string[]> {
  return new Map(tableOf(doc).rows.map((r) => [r[0] ?? '', r]));
}

describe('the agenda', () => {
  it('numbers items and sub-items exactly as the minutes number them', () => {
    const archive = withSubItems();
    const { meeting } = meetingOf(archive);
    for (const variant of ['confidential', 'public'] as const) {
      const minutes = buildMinutes(archive, meeting.id, variant).blocks.flatMap((b) =>
        b.kind === 'heading' && b.number !== '' ? [[headingNumber(b.level, b.number), b.text]] : [],
      );
      const table = tableOf(buildAgenda(archive, meeting.id, variant));
      expect(table.rows.map((r) => [r[0], r[1]?.split('\n')[0]])).toEqual(minutes);
    }
    const numbers = [...rows(buildAgenda(archive, meeting.id, 'confidential')).keys()];
    expect(numbers.slice(0, 8)).toEqual(['1.', '2.', '2.1', '3.', '4.', '4.1', '4.2', '4.2.1']);
    expect(numbers.at(-1)).toBe('25.');
  });

  it('gives the columns, the presenter and the papers of each item, references as issued', () => {
    const doc = agenda('confidential');
    expect(tableOf(doc).columns.map((c) => c.title)).toEqual([
      'Item',
      'Title',
      'Presenter',
      'Papers',
      'Time',
    ]);
    expect(tableOf(doc).columns.reduce((sum, c) => sum + c.width, 0)).toBeCloseTo(1, 9);
    expect(tableOf(doc).caption).toBe('');
    expect(rows(doc).get('4.')).toEqual([
      '4.',
      'Privacy Assessment — Decision Making Principles',
      'SECAS',
      'SECP_30_1003_04',
      '10:45\n15 min',
    ]);
    expect(rows(doc).get('1.')?.slice(2)).toEqual(['Chair', '', '10:00\n10 min']);
    const several = agenda('confidential', (a) => {
      item(a, 5).paperRefs = ['SECP_30_1003_05', 'SECP_30_1003_05a "draft"'];
    });
    expect(rows(several).get('5.')?.[3]).toBe('SECP_30_1003_05\nSECP_30_1003_05a "draft"');
  });

  it('starts each item from the meeting’s start time after the planned minutes before it', () => {
    const times = [...rows(agenda('public')).values()].map((r) => r[4]);
    expect(times.slice(0, 5)).toEqual([
      '10:00\n10 min',
      '10:10\n15 min',
      '10:25\n20 min',
      '10:45\n15 min',
      '11:00\n15 min',
    ]);
    // 240 planned minutes run before item 25.
    expect(times.at(-1)).toBe('14:00\n10 min');
    const later = agenda('public', (a) => {
      meetingOf(a).meeting.startTime = '09:15';
    });
    expect(rows(later).get('25.')?.[4]).toBe('13:15\n10 min');
  });

  it("counts an item with no planned time at the body's unplanned minutes, and prints no plan for it", () => {
    const doc = agenda('confidential', (a) => {
      meetingOf(a).body.unplannedItemMinutes = 30;
      item(a, 3).plannedMinutes = null;
    });
    expect(rows(doc).get('3.')?.[4]).toBe('10:25');
    expect(rows(doc).get('4.')?.[4]).toBe('10:55\n15 min');
  });

  it('times sub-items inside their parent, and a deferred or withdrawn item not at all', () => {
    const archive = withSubItems();
    item(archive, 7).status = 'deferred';
    item(archive, 8).status = 'withdrawn';
    const doc = buildAgenda(archive, meetingOf(archive).meeting.id, 'confidential');
    const at = (n: string) => rows(doc).get(n)?.[4];
    expect([at('4.'), at('4.1'), at('4.2'), at('4.2.1'), at('5.')]).toEqual([
      '10:45\n15 min',
      '10:45\n5 min',
      '10:50',
      '10:50',
      '11:00\n15 min',
    ]);
    expect(rows(doc).get('7.')?.[1]).toBe(
      'Use of the Certified Products List by the DCC\nThis item was deferred to a later meeting.',
    );
    expect(rows(doc).get('8.')?.[1]).toBe('Testing Update\nThis item was withdrawn.');
    expect([at('7.'), at('8.'), at('9.')]).toEqual(['', '', '11:25\n10 min']);
  });

  it('marks a confidential item, and what lies inside it, as the minutes mark them', () => {
    const archive = withSubItems();
    const doc = buildAgenda(archive, meetingOf(archive).meeting.id, 'confidential');
    const table = tableOf(doc);
    const row = (n: string) => table.rows.findIndex((r) => r[0] === n);
    expect(table.rows[row('2.')]?.[1]).toBe('Event of Default Update\nCONFIDENTIAL');
    expect(table.styles?.[row('2.')]?.[1]).toEqual({ emphasis: ['bold', 'bold'], indent: 0 });
    // Inside a confidential item: confidential whatever its own flag says.
    expect(table.rows[row('2.1')]?.slice(1, 4)).toEqual([
      'Northwind remedy plan\nCONFIDENTIAL',
      'Northwind Energy',
      'NW-2016-03',
    ]);
    expect(table.styles?.[row('2.1')]?.[1]).toEqual({ emphasis: ['regular', 'bold'], indent: 1 });
    expect(table.rows[row('4.2.1')]?.[1]).toBe('Template appendix\nCONFIDENTIAL');
    expect(table.styles?.[row('4.2.1')]?.[1]?.indent).toBe(2);
    expect(table.rows[row('4.1')]?.[1]).toBe('Decision Making Principles');
    // The number column is plain text.
    expect(table.styles?.every((s) => s[0] === undefined)).toBe(true);
  });

  it('shows a confidential item of the public agenda by its title and summary, with its time', () => {
    const archive = withSubItems();
    const doc = buildAgenda(archive, meetingOf(archive).meeting.id, 'public', {
      confidentialItems: 'title',
    });
    expect(rows(doc).get('2.')).toEqual([
      '2.',
      'Event of Default Update\nThe Panel were provided with a confidential paper with an update on the status of the existing Defaulting Party.',
      '',
      '',
      '10:10\n15 min',
    ]);
    expect(rows(doc).get('4.2')?.slice(1)).toEqual([
      'Report Template\nThe Panel considered a report template.',
      '',
      '',
      '10:50',
    ]);
    // What lies inside a confidential item is left out, as in the public minutes.
    expect(rows(doc).has('2.1')).toBe(false);
    expect(rows(doc).has('4.2.1')).toBe(false);
    expect(rows(doc).get('4.1')?.[2]).toBe('SECAS');
    const text = documentText(doc).join('\n');
    for (const secret of [
      'CONFIDENTIAL',
      'SECP_30_1003_02',
      'SECP_30_1003_03',
      'SECP_30_1003_04B',
      'Deloitte',
      'Northwind',
      'NW-2016',
      'Template appendix',
      'DCC CIO\n',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('leaves confidential items out of the public agenda when the body says so, numbers and times kept', () => {
    const archive = withSubItems();
    const { body, meeting } = meetingOf(archive);
    const omitted = buildAgenda(archive, meeting.id, 'public', { confidentialItems: 'omit' });
    const numbers = [...rows(omitted).keys()];
    expect(numbers.slice(0, 4)).toEqual(['1.', '4.', '4.1', '5.']);
    expect(rows(omitted).get('4.')?.[4]).toBe('10:45\n15 min');
    const text = documentText(omitted).join('\n');
    for (const hidden of ['Event of Default', 'DCC CIO Design', 'Report Template', 'confidential'])
      expect(text).not.toContain(hidden);
    // The confidential agenda shows everything whatever the setting.
    expect(
      rows(buildAgenda(archive, meeting.id, 'confidential', { confidentialItems: 'omit' })).size,
    ).toBe(29);

    // The body's setting, read whether or not the body has the field yet.
    const setting = body as { agendaConfidentialItems?: 'title' | 'omit' };
    delete setting.agendaConfidentialItems;
    expect(agendaConfidentialItemsOf(body)).toBe('title');
    expect(rows(buildAgenda(archive, meeting.id, 'public')).has('2.')).toBe(true);
    setting.agendaConfidentialItems = 'omit';
    expect(agendaConfidentialItemsOf(body)).toBe('omit');
    expect(rows(buildAgenda(archive, meeting.id, 'public')).has('2.')).toBe(false);
    expect(
      rows(buildAgenda(archive, meeting.id, 'public', { confidentialItems: 'title' })).has('2.'),
    ).toBe(true);
    setting.agendaConfidentialItems = 'title';
    expect(rows(buildAgenda(archive, meeting.id, 'public')).has('2.')).toBe(true);
  });

  it('has the title block of the minutes, named as the agenda, draft while the agenda is', () => {
    const doc = agenda('public');
    expect(doc.kind).toBe('agenda');
    expect(doc.header).toEqual({
      bodyName: 'SEC Panel',
      title: 'Agenda of Meeting 30',
      lines: [
        'Thursday 10 March 2016',
        'Time: 10:00',
        'Venue: Gemserv, 8 Fenchurch Place, London EC3M 4AJ',
      ],
    });
    expect(doc.metadata).toEqual({
      title: 'SEC Panel Meeting 30 Agenda',
      author: 'SECAS',
      subject: 'Public agenda of the SEC Panel meeting on Thursday 10 March 2016',
    });
    expect([doc.classificationLabel, doc.draft]).toEqual(['PUBLIC', false]);
    const draft = agenda('confidential', (a) => {
      meetingOf(a).meeting.status = 'draft';
    });
    expect([draft.classificationLabel, draft.draft]).toEqual(['CONFIDENTIAL', true]);
    expect(draft.metadata.subject).toMatch(/^Confidential agenda of/);
  });

  it('typesets what was typed as the body says, on one line, never a reference', () => {
    const doc = agenda('confidential', (a) => {
      item(a, 5).title = 'The "Impacts" on\nSEC Panel';
      item(a, 5).presenter = "SECAS's lead";
      item(a, 5).paperRefs = ['SECP_"05"'];
    });
    expect(rows(doc).get('5.')?.slice(1, 4)).toEqual([
      'The “Impacts” on SEC Panel',
      'SECAS’s lead',
      'SECP_"05"',
    ]);
  });
});
