import { describe, expect, it } from 'vitest';
import type { DocBlock, MinutesDocument } from '../../../src-renderer/minutes';
import { buildMinutes, LeakError } from '../../../src-renderer/minutes';
import { loadFixture, meetingOf } from './minutes-support';
import { writtenFiles } from './written';
import {
  publicSummarySentence,
  referenceActions,
  referenceDecisions,
  referenceOutstanding,
  referencePostMeetingNote,
} from './reference';

function build(
  variant: 'confidential' | 'public',
  change?: (a: ReturnType<typeof loadFixture>) => void,
) {
  const archive = loadFixture();
  change?.(archive);
  return buildMinutes(archive, meetingOf(archive).meeting.id, variant);
}

/** The blocks under item `n`, up to the next heading of the same level. */
function itemBlocks(doc: MinutesDocument, n: number): DocBlock[] {
  const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.number === String(n));
  const end = doc.blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level === 1);
  return doc.blocks.slice(start + 1, end < 0 ? undefined : end);
}

function lines(blocks: readonly DocBlock[]): string[] {
  return blocks.flatMap((b) => {
    if (b.kind === 'decisions') return [...(b.lead === null ? [] : [b.lead]), ...b.lines];
    if (b.kind === 'action') return [`ACTION ${b.reference}: ${b.text}`];
    if (b.kind === 'paragraph' || b.kind === 'mark') return [b.text];
    if (b.kind === 'note')
      return [b.label === 'Post Meeting Note:' ? b.text : `${b.label} ${b.text}`];
    if (b.kind === 'bullets') return b.items;
    if (b.kind === 'table') return b.rows.map((r) => r.join(' | '));
    return [`${b.number} ${b.text}`];
  });
}

describe('the minutes of the reference meeting', () => {
  it('has the header, the attendance and all 25 numbered items', () => {
    const doc = build('confidential');
    expect(doc.header).toEqual({
      bodyName: 'SEC Panel',
      title: 'Minutes of Meeting 30',
      lines: [
        'Thursday 10 March 2016',
        'Time: 10:00',
        'Venue: Gemserv, 8 Fenchurch Place, London EC3M 4AJ',
      ],
    });
    const headings = doc.blocks.filter((b) => b.kind === 'heading' && b.number !== '');
    expect(headings.map((h) => (h.kind === 'heading' ? h.number : ''))).toEqual(
      Array.from({ length: 25 }, (_, i) => String(i + 1)),
    );
    const captions = doc.blocks.flatMap((b) => (b.kind === 'table' ? [b.caption] : []));
    expect(captions).toEqual([
      'Present',
      'Apologies',
      'In attendance',
      'Actions Outstanding',
      'Actions arising from Meeting 30',
    ]);
    expect(doc.draft).toBe(false);
    expect(doc.classificationLabel).toBe('CONFIDENTIAL');
    expect(doc.metadata).toEqual({
      title: 'SEC Panel Meeting 30 Minutes',
      author: 'SECAS',
      subject: 'Confidential minutes of the SEC Panel meeting held on Thursday 10 March 2016',
    });
  });

  it('confidential: every decision and action of the reference, under its item', () => {
    const doc = build('confidential');
    for (const [n, expected] of Object.entries(referenceDecisions)) {
      const said = lines(itemBlocks(doc, Number(n)));
      for (const line of expected) expect(said, `item ${n}`).toContain(line);
    }
    const all = lines(doc.blocks);
    for (const action of referenceActions) expect(all).toContain(action);
    expect(lines(itemBlocks(doc, 8))).toContain(referencePostMeetingNote);
    const table = lines(itemBlocks(doc, 1)).filter((l) => l.includes(' | '));
    referenceOutstanding.forEach(([label, update], i) => {
      expect(table[i]?.startsWith(`${label} | ${update}`)).toBe(true);
    });
    expect(JSON.stringify(doc)).toContain('CANARY-');
  });

  it('public: confidential items reduced to title and summary, no confidential text anywhere', () => {
    const doc = build('public');
    expect(doc.classificationLabel).toBe('PUBLIC');
    expect(JSON.stringify(doc)).not.toContain('CANARY-');
    expect(lines(itemBlocks(doc, 2))).toEqual([
      `The Panel were provided with a confidential paper with an update on the status of the existing Defaulting Party. ${publicSummarySentence}`,
    ]);
    const all = lines(doc.blocks);
    for (const action of referenceActions) expect(all).toContain(action);
    const summary = doc.blocks.at(-1);
    expect(summary?.kind === 'table' && summary.rows.map((r) => r[0])).toEqual(
      referenceActions.map((a) => /SECP30\/\d\d/.exec(a)?.[0]),
    );
    const outstanding = lines(itemBlocks(doc, 1)).filter((l) => l.includes(' | '));
    expect(outstanding.map((l) => l.split(' | ')[0])).toEqual(
      referenceOutstanding.map((r) => r[0]),
    );
  });

  it('public: an action raised in a confidential item stays out even if not marked itself', () => {
    const doc = build('public');
    expect(JSON.stringify(doc)).not.toContain('SECP30/10');
    expect(JSON.stringify(build('confidential'))).toContain('SECP30/10');
  });

  it('prints DRAFT until the minutes are approved', () => {
    const doc = build('public', (a) => {
      meetingOf(a).meeting.status = 'held';
    });
    expect(doc.draft).toBe(true);
  });

  it('leaves out a confidential decision from a public list and rephrases the rest', () => {
    const doc = build('public', (a) => {
      const { meeting } = meetingOf(a);
      const item5 = meeting.agendaItems[4]?.id;
      const block = meeting.minuteBlocks.find((b) => b.kind === 'decisions' && b.itemId === item5);
      if (block?.kind !== 'decisions' || !block.decisions[1]) throw new Error('fixture changed');
      block.decisions[1].confidential = true;
      block.decisions[1].text = 'for SECAS to draft a response, CANARY-99 quietly';
    });
    expect(lines(itemBlocks(doc, 5))).toContain('The Panel NOTED the contents of the paper.');
    expect(JSON.stringify(doc)).not.toContain('CANARY-99');
  });
});

describe('the leak guard over the written files', () => {
  it('lets a public item say what a confidential one also says ("NOTED the contents of the paper")', async () => {
    const archive = loadFixture();
    const { meeting } = meetingOf(archive);
    const block = meeting.minuteBlocks.find(
      (b) => b.kind === 'decisions' && b.itemId === meeting.agendaItems[6]?.id,
    );
    if (block?.kind !== 'decisions' || !block.decisions[0]) throw new Error('fixture changed');
    // A confidential decision in a public item, worded as every public item words it.
    block.decisions.push({ ...block.decisions[0], id: 'extra', confidential: true });
    const doc = buildMinutes(archive, meeting.id, 'public');
    expect(lines(itemBlocks(doc, 7))).toContain('NOTED the contents of the paper; and');
    const files = await writtenFiles(archive, meeting.id, 'public');
    expect(files.docx.length).toBeGreaterThan(0);
    expect(files.pdf.length).toBeGreaterThan(0);
  });

  it('refuses a confidential phrase inside a longer public sentence, naming both places', async () => {
    const archive = loadFixture();
    const { meeting } = meetingOf(archive);
    const item7 = meeting.agendaItems.filter((i) => i.parentId === null)[6];
    if (!item7) throw new Error('fixture changed');
    meeting.minuteBlocks.push({
      id: 'leaked',
      meetingId: meeting.id,
      itemId: item7.id,
      position: 'zz',
      confidential: false,
      kind: 'paragraph',
      text: 'As said, the SIT Auditor had not yet accepted the DCC’s regression test pack, sadly.',
      createdAt: meeting.createdAt,
      updatedAt: meeting.createdAt,
      updatedBy: 'SECAS',
    });
    const refused = writtenFiles(archive, meeting.id, 'public');
    await expect(refused).rejects.toThrow(LeakError);
    await expect(refused).rejects.toThrow(
      /Paragraph 2 of item 7 repeats “.*sit auditor had not yet accepted.*” from paragraph \d of item 8, which is confidential/,
    );
  });
});
