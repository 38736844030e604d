import { describe, expect, it } from 'vitest';
import { presetStyle, type Archive } from '../../../src-renderer/domain';
import { itemRefToken } from '../../../src-renderer/domain/item-refs';
import {
  buildAgenda,
  buildMinutes,
  type DocBlock,
  type MinutesDocument,
} from '../../../src-renderer/minutes';
import { guardSources } from '../../../src-renderer/minutes/guard';
import { loadFixture, meetingOf } from './minutes-support';
import { docxText, pdfText, writtenFiles } from './written';

const eventOfDefault = '7cda4ea4-81dd-5e0c-aa4b-4968937171bf';
const dccReport = 'c81d265d-959a-57b1-ade1-e2eaf0c12347';
const privacy = 'fe297036-091f-595d-a583-d8c7e763ac85';

/** The fixture in the council's numbering and private part, with an earlier meeting 29 of 3 items. */
function councilArchive(first = 39): Archive {
  const archive = loadFixture();
  const { body, meeting } = meetingOf(archive);
  const council = presetStyle('council');
  Object.assign(body, {
    minuteNumbering: council.minuteNumbering,
    firstMinuteNumber: first,
    privatePart: true,
    privatePartHeading: council.privatePartHeading,
    privatePartResolution: council.privatePartResolution,
  });
  const earlier = meeting.agendaItems.slice(0, 3).map((i) => ({
    ...i,
    id: `early-${i.id}`,
    meetingId: 'meeting-29',
    classification: 'public' as const,
  }));
  body.meetings.push({
    ...meeting,
    id: 'meeting-29',
    number: 29,
    date: '2016-02-10',
    agendaItems: earlier,
    minuteBlocks: [],
    attendance: [],
  });
  for (const item of meeting.agendaItems) {
    if (item.id === eventOfDefault) item.exemption = '3';
    if (item.id === dccReport) item.exemption = '1, 3';
  }
  return archive;
}

const headings = (doc: MinutesDocument) =>
  doc.blocks.filter((b): b is Extract<DocBlock, { kind: 'heading' }> => b.kind === 'heading');

function textAfter(doc: MinutesDocument, headingText: string): string {
  const index = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === headingText);
  const next = doc.blocks[index + 1];
  return next?.kind === 'paragraph' ? next.text : '';
}

describe('running minute numbers and the private part', () => {
  const heading = 'Exclusion of the press and public';

  it('the confidential minutes: public items run on from meeting 29, then the private part', () => {
    const archive = councilArchive();
    const doc = buildMinutes(archive, meetingOf(archive).meeting.id, 'confidential');
    const top = headings(doc).filter((h) => h.level === 1 && h.text !== 'Attendance');
    const numbered = top.map((h) => `${h.number} ${h.text}`.trim());
    // Meeting 29 used 39–41; meeting 30's 23 public items are 42–64, its two private ones 65, 66.
    expect(numbered[0]).toBe('42 Minutes and Actions Outstanding');
    expect(numbered).toContain('43 Privacy Assessment — Decision Making Principles');
    const at = numbered.indexOf(heading);
    expect(numbered.slice(at - 1, at + 3)).toEqual([
      '64 Any Other Business',
      heading,
      '65 Event of Default Update',
      '66 DCC CIO Design Phase 2 Report',
    ]);
    expect(textAfter(doc, heading)).toContain(
      'exempt information as defined in paragraphs 1 and 3 of Part 1 of Schedule 12A',
    );
  });

  it('the public minutes: the same numbers, the resolution, then each private item by title and the sentence', () => {
    const archive = councilArchive();
    const { body, meeting } = meetingOf(archive);
    const doc = buildMinutes(archive, meeting.id, 'public');
    const numbered = headings(doc).map((h) => `${h.number} ${h.text}`.trim());
    const at = numbered.indexOf(heading);
    expect(numbered.slice(at, at + 3)).toEqual([
      heading,
      '65 Event of Default Update',
      '66 DCC CIO Design Phase 2 Report',
    ]);
    expect(textAfter(doc, heading)).toMatch(/^RESOLVED that .* paragraphs 1 and 3 of Part 1/);
    expect(textAfter(doc, 'Event of Default Update')).toContain(body.publicSummarySentence);
  });

  it('no exemption set: the resolution reads without a citation', () => {
    const archive = councilArchive();
    for (const item of meetingOf(archive).meeting.agendaItems) item.exemption = '';
    const doc = buildMinutes(archive, meetingOf(archive).meeting.id, 'public');
    const text = textAfter(doc, heading);
    expect(text).toContain('as defined in Part 1 of Schedule 12A to the Act.');
    expect(text).not.toMatch(/paragraph|\{|\s{2}/);
  });

  it('the agenda pack orders and numbers the same way', () => {
    const archive = councilArchive();
    const agenda = buildAgenda(archive, meetingOf(archive).meeting.id, 'confidential');
    const table = agenda.blocks[0];
    if (table?.kind !== 'table') throw new Error('no table');
    const rows = table.rows.map((r) => `${r[0] ?? ''} ${(r[1] ?? '').split('\n')[0] ?? ''}`);
    expect(rows[0]).toBe('42. Minutes and Actions Outstanding');
    expect(rows.slice(-2)).toEqual([
      '65. Event of Default Update',
      '66. DCC CIO Design Phase 2 Report',
    ]);
  });

  it('a single-meeting archive starts at the first number', () => {
    const archive = councilArchive(39);
    const { body } = meetingOf(archive);
    body.meetings = body.meetings.filter((m) => m.id !== 'meeting-29');
    const doc = buildMinutes(archive, meetingOf(archive).meeting.id, 'confidential');
    expect(headings(doc).find((h) => h.number !== '')?.number).toBe('39');
  });

  it("'none' prints no numbers in the minutes or the agenda", () => {
    const archive = loadFixture();
    const { body, meeting } = meetingOf(archive);
    body.minuteNumbering = 'none';
    const doc = buildMinutes(archive, meeting.id, 'confidential');
    expect(headings(doc).every((h) => h.number === '')).toBe(true);
    const table = buildAgenda(archive, meeting.id, 'public').blocks[0];
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows.every((r) => r[0] === '')).toBe(true);
  });
});

describe('the leak guard’s names of places', () => {
  it('name an item by the number its documents print, or by its title when unnumbered', () => {
    const archive = councilArchive();
    const { body, meeting } = meetingOf(archive);
    const labels = () => guardSources(body, meeting).confidential.map((t) => t.place.label);
    const numbers = new Map(
      headings(buildMinutes(archive, meeting.id, 'confidential')).map((h) => [h.text, h.number]),
    );
    const secret = meeting.agendaItems.find((i) => i.id === eventOfDefault);
    const number = numbers.get(secret?.title ?? '') ?? '';
    expect(Number(number)).toBeGreaterThan(39);
    expect(labels().some((l) => l.endsWith(` of item ${number}`))).toBe(true);
    body.minuteNumbering = 'none';
    const title = secret?.title.trim() ?? '';
    expect(labels().some((l) => l.endsWith(` of the item “${title}”`))).toBe(true);
  });
});

describe('paragraph numbers', () => {
  it('number each paragraph, decisions block and action inside an item, in both formats', async () => {
    const archive = loadFixture();
    const { body, meeting } = meetingOf(archive);
    body.paragraphNumbers = true;
    const doc = buildMinutes(archive, meeting.id, 'public');
    const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.number === '4');
    const next = doc.blocks.findIndex((b, i) => i > start && b.kind === 'heading');
    const inItem = doc.blocks.slice(start + 1, next);
    const numbers = inItem.flatMap((b) => {
      if (b.kind === 'paragraph') return [b.text.split(' ')[0]];
      if (b.kind === 'decisions') return [(b.lead ?? b.lines[0] ?? '').split(' ')[0]];
      if (b.kind === 'action') return [b.number];
      return [];
    });
    expect(numbers.length).toBeGreaterThan(2);
    expect(numbers).toEqual(numbers.map((_, i) => `4.${String(i + 1)}`));
    expect(inItem.some((b) => b.kind === 'action')).toBe(true);

    const files = await writtenFiles(archive, meeting.id, 'public');
    const action = inItem.find((b) => b.kind === 'action');
    const label = `${action?.kind === 'action' ? (action.number ?? '') : ''} ACTION`;
    expect(pdfText(files.pdf)).toContain(label);
    expect(await docxText(files.docx)).toContain(label);
    expect(pdfText(files.pdf)).toMatch(/^4\.1 \S/m);
  }, 30_000);

  it('letter an item’s own paragraphs when it has sub-items, so none reads as a sub-item’s number', () => {
    const archive = loadFixture();
    const { body, meeting } = meetingOf(archive);
    body.paragraphNumbers = true;
    const numbered = buildMinutes(archive, meeting.id, 'public').blocks;
    const four = numbered.findIndex((b) => b.kind === 'heading' && b.number === '4');
    const parent = numbered[four];
    if (parent?.kind !== 'heading') throw new Error('no item 4');
    const item = meeting.agendaItems.find((i) => i.title === parent.text);
    if (!item) throw new Error('no item');
    const sub = { ...item, id: 'sub-of-4', parentId: item.id, title: 'A sub-item', position: 'a' };
    meeting.agendaItems.push(sub);
    meeting.minuteBlocks.push({
      id: 'sub-paragraph',
      meetingId: meeting.id,
      itemId: sub.id,
      kind: 'paragraph',
      position: 'a',
      text: 'The sub-item’s own words.',
      confidential: false,
      createdAt: '2016-03-01T10:00:00.000Z',
      updatedAt: '2016-03-01T10:00:00.000Z',
    } as (typeof meeting.minuteBlocks)[number]);
    const doc = buildMinutes(archive, meeting.id, 'public');
    const texts = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(texts).toContain('4.1.1 The sub-item’s own words.');
    expect(texts.some((t) => t.startsWith('4(a) '))).toBe(true);
    expect(texts.some((t) => /^4\.1 /.test(t))).toBe(false);
    expect(headings(doc).some((h) => h.number === '4.1' && h.text === 'A sub-item')).toBe(true);
  });

  it('are off by default: the SEC Panel prints none', () => {
    const archive = loadFixture();
    const doc = buildMinutes(archive, meetingOf(archive).meeting.id, 'public');
    expect(doc.blocks.some((b) => b.kind === 'action' && b.number !== undefined)).toBe(false);
  });
});

describe('cross-references', () => {
  /** The fixture with a public paragraph of the privacy item pointing at the event of default. */
  function withReference(): Archive {
    const archive = councilArchive();
    const { meeting } = meetingOf(archive);
    const block = meeting.minuteBlocks.find((b) => b.itemId === privacy && b.kind === 'paragraph');
    if (block?.kind !== 'paragraph') throw new Error('no paragraph');
    block.text = `Minute ${itemRefToken(eventOfDefault)} below refers.`;
    return archive;
  }

  const printed = (archive: Archive, variant: 'public' | 'confidential') =>
    buildMinutes(archive, meetingOf(archive).meeting.id, variant)
      .blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))
      .find((t) => t.includes('below refers'));

  it('print the target’s current number in both variants, and follow reordering', () => {
    const archive = withReference();
    expect(printed(archive, 'confidential')).toBe('Minute 65 below refers.');
    expect(printed(archive, 'public')).toBe('Minute 65 below refers.');
    // The other private item moves before it: the reference follows.
    const { meeting } = meetingOf(archive);
    const target = meeting.agendaItems.find((i) => i.id === eventOfDefault);
    if (!target) throw new Error('no target');
    target.position = 'zz';
    expect(printed(archive, 'confidential')).toBe('Minute 66 below refers.');
  });

  it('print a clear marker when the target is deleted', () => {
    const archive = withReference();
    const { meeting } = meetingOf(archive);
    meeting.agendaItems = meeting.agendaItems.filter((i) => i.id !== eventOfDefault);
    meeting.minuteBlocks = meeting.minuteBlocks.filter((b) => b.itemId !== eventOfDefault);
    expect(printed(archive, 'public')).toBe('Minute [item removed] below refers.');
  });

  it('pass the leak guard in the public minutes, both formats, and print the number', async () => {
    const archive = withReference();
    const files = await writtenFiles(archive, meetingOf(archive).meeting.id, 'public');
    expect(pdfText(files.pdf)).toContain('Minute 65 below refers.');
    expect(await docxText(files.docx)).toContain('Minute 65 below refers.');
  });
});
