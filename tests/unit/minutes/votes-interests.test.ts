import { describe, expect, it } from 'vitest';
import type { Archive, Interest, Vote } from '../../../src-renderer/domain';
import { numberAgenda } from '../../../src-renderer/domain';
import type { DocBlock, MinutesDocument } from '../../../src-renderer/minutes';
import { buildMinutes, LeakError } from '../../../src-renderer/minutes';
import { dissentLine, namedVoteLine, voteCount } from '../../../src-renderer/minutes/vote-lines';
import { loadFixture, meetingOf } from './minutes-support';
import { docxText, pdfText, writtenFiles } from './written';

const named = (forNames: string[], againstNames: string[], abstainNames: string[]): Vote => ({
  for: forNames.length,
  against: againstNames.length,
  abstain: abstainNames.length,
  forNames,
  againstNames,
  abstainNames,
});

function item(archive: Archive, n: string) {
  const { meeting } = meetingOf(archive);
  const found = numberAgenda(meeting.agendaItems).find((i) => i.number === n);
  if (!found) throw new Error(`no item ${n}`);
  return found.item;
}

function decisionsOf(archive: Archive, n: string) {
  const { meeting } = meetingOf(archive);
  const id = item(archive, n).id;
  const block = meeting.minuteBlocks.find((b) => b.itemId === id && b.kind === 'decisions');
  if (block?.kind !== 'decisions') throw new Error('fixture changed');
  return block.decisions;
}

function interest(archive: Archive, fields: Partial<Interest> & Pick<Interest, 'id'>): Interest {
  const { meeting } = meetingOf(archive);
  return {
    meetingId: meeting.id,
    itemId: null,
    memberId: null,
    name: 'Helen Brooks',
    interest: 'an interest',
    withdrew: false,
    confidential: false,
    position: `a${String(meeting.interests.length)}`,
    createdAt: meeting.createdAt,
    updatedAt: meeting.createdAt,
    updatedBy: 'SECAS',
    ...fields,
  };
}

/** The reference meeting with votes, a dissent and declarations, public and confidential. */
function recorded(): Archive {
  const archive = loadFixture();
  const { meeting } = meetingOf(archive);
  const [, approved, full] = decisionsOf(archive, '4');
  if (!approved || !full) throw new Error('fixture changed');
  approved.vote = { ...named([], [], []), for: 6, against: 2, abstain: 1 };
  full.vote = named(['Alison Reed', 'David Hughes'], ['Helen Brooks'], ['Tom Gallagher']);
  full.dissent = ['Helen Brooks'];
  const [, secretDecision] = decisionsOf(archive, '2');
  if (!secretDecision) throw new Error('fixture changed');
  secretDecision.vote = named(['Mark Chen'], ['Ruth Okafor'], []);
  secretDecision.dissent = ['Ruth Okafor'];
  meeting.interests.push(
    interest(archive, {
      id: 'i-public',
      position: 'a0',
      itemId: item(archive, '4').id,
      interest: 'Director of a privacy consultancy',
      withdrew: true,
    }),
    interest(archive, {
      id: 'i-flagged',
      position: 'a1',
      name: 'Mark Chen',
      itemId: item(archive, '4').id,
      interest: 'Adviser to Pendleford Metering Holdings',
      confidential: true,
    }),
    interest(archive, {
      id: 'i-secret-item',
      position: 'a2',
      name: 'Tom Gallagher',
      itemId: item(archive, '2').id,
      interest: 'Shareholder in Quillmoor Energy Trading',
      withdrew: true,
    }),
    interest(archive, {
      id: 'i-meeting',
      position: 'a3',
      name: 'Siân Prydderch',
      interest: 'Employee of DECC',
    }),
  );
  return archive;
}

function build(archive: Archive, variant: 'confidential' | 'public'): MinutesDocument {
  return buildMinutes(archive, meetingOf(archive).meeting.id, variant);
}

function texts(blocks: readonly DocBlock[]): string[] {
  return blocks.flatMap((b) => {
    if (b.kind === 'decisions') return [...(b.lead === null ? [] : [b.lead]), ...b.lines];
    if (b.kind === 'paragraph') return [b.text];
    if (b.kind === 'heading') return [`${b.number} ${b.text}`.trim()];
    return [];
  });
}

/** The blocks under item `n` up to the next level-1 heading. */
function under(doc: MinutesDocument, n: string): string[] {
  const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.number === n);
  const end = doc.blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level === 1);
  return texts(doc.blocks.slice(start + 1, end < 0 ? undefined : end));
}

describe('vote and dissent wording', () => {
  it('counts, names and dissent read in the house style, with no invented title', () => {
    expect(voteCount({ ...named([], [], []), for: 6, against: 2, abstain: 1 })).toBe(
      '6 for, 2 against, 1 abstention',
    );
    expect(voteCount({ ...named([], [], []), for: 5, against: 0, abstain: 2 })).toBe(
      '5 for, 0 against, 2 abstentions',
    );
    expect(voteCount({ ...named([], [], []), for: 5, against: 1, abstain: 0 })).toBe(
      '5 for, 1 against',
    );
    expect(namedVoteLine(named(['A', 'B'], [], ['C']))).toBe('For: A, B; Abstained: C.');
    expect(namedVoteLine({ ...named([], [], []), for: 3 })).toBeNull();
    expect(dissentLine(['Helen Brooks'])).toBe(
      'Helen Brooks asked that their dissent be recorded.',
    );
    expect(dissentLine(['A', 'B', 'C'])).toBe('A, B and C asked that their dissent be recorded.');
    expect(dissentLine([])).toBeNull();
  });
});

describe('votes in the minutes', () => {
  it('prints the count in the decision, the names and the dissent after it', () => {
    const lines = under(build(recorded(), 'confidential'), '4');
    expect(lines).toContain(
      'APPROVED (6 for, 2 against, 1 abstention) the Decision Making Principles as set out in Appendix A; and',
    );
    const full = lines.findIndex((l) => l.startsWith('APPROVED (2 for, 1 against, 1 abstention)'));
    expect(full).toBeGreaterThan(0);
    const after = lines.slice(full + 1);
    expect(after).toContain(
      'For: Alison Reed, David Hughes; Against: Helen Brooks; Abstained: Tom Gallagher.',
    );
    expect(after).toContain('Helen Brooks asked that their dissent be recorded.');
  });

  it('prints the same public votes in the public minutes', () => {
    const lines = under(build(recorded(), 'public'), '4');
    expect(lines).toContain('Helen Brooks asked that their dissent be recorded.');
    expect(lines.some((l) => l.includes('(6 for, 2 against, 1 abstention)'))).toBe(true);
  });

  it('prints the vote of a confidential decision only in the confidential minutes', () => {
    const archive = recorded();
    const confidential = texts(build(archive, 'confidential').blocks);
    expect(confidential).toContain('For: Mark Chen; Against: Ruth Okafor.');
    expect(confidential).toContain('Ruth Okafor asked that their dissent be recorded.');
    const publicText = texts(build(archive, 'public').blocks).join('\n');
    expect(publicText).not.toContain('Mark Chen; Against');
    expect(publicText).not.toContain('Ruth Okafor asked');
    // A confidential decision of a public item keeps its vote out of the public minutes too.
    const [, approved] = decisionsOf(archive, '4');
    if (approved) approved.confidential = true;
    const again = texts(build(archive, 'public').blocks).join('\n');
    expect(again).not.toContain('6 for, 2 against');
    expect(texts(build(archive, 'confidential').blocks).join('\n')).toContain('6 for, 2 against');
  });
});

describe('declarations of interest in the minutes', () => {
  it('has a section after the attendance and before the first item, and a line by the item', () => {
    const doc = build(recorded(), 'confidential');
    const all = texts(doc.blocks);
    const section = all.indexOf('Declarations of interest');
    const lastTable = doc.blocks.findLastIndex(
      (b, i) =>
        b.kind === 'table' &&
        i < doc.blocks.findIndex((h) => h.kind === 'heading' && h.number === '1'),
    );
    const sectionBlock = doc.blocks.findIndex(
      (b) => b.kind === 'heading' && b.text === 'Declarations of interest',
    );
    expect(sectionBlock).toBe(lastTable + 1);
    expect(all.slice(section + 1, section + 5)).toEqual([
      'Helen Brooks declared an interest in item 4 (Director of a privacy consultancy) and withdrew for this item.',
      'Mark Chen declared an interest in item 4 (Adviser to Pendleford Metering Holdings).',
      'Tom Gallagher declared an interest in item 2 (Shareholder in Quillmoor Energy Trading) and withdrew for this item.',
      'Siân Prydderch declared an interest (Employee of DECC).',
    ]);
    expect(all[section + 5]).toBe('1 Minutes and Actions Outstanding');
    const item4 = under(doc, '4');
    expect(item4.slice(0, 2)).toEqual([
      'Helen Brooks declared an interest (Director of a privacy consultancy) and withdrew for this item.',
      'Mark Chen declared an interest (Adviser to Pendleford Metering Holdings).',
    ]);
    expect(under(doc, '2')).toContain(
      'Tom Gallagher declared an interest (Shareholder in Quillmoor Energy Trading) and withdrew for this item.',
    );
  });

  it('names the item by its running number, or by its title when the body numbers nothing', () => {
    const running = recorded();
    const body = running.bodies[0];
    if (!body) throw new Error('fixture');
    Object.assign(body, { minuteNumbering: 'running', firstMinuteNumber: 40 });
    expect(texts(build(running, 'confidential').blocks)).toContain(
      'Mark Chen declared an interest in item 43 (Adviser to Pendleford Metering Holdings).',
    );
    Object.assign(body, { minuteNumbering: 'none' });
    const none = texts(build(running, 'confidential').blocks);
    expect(none).toContain(
      'Mark Chen declared an interest in the item “Privacy Assessment — Decision Making Principles” (Adviser to Pendleford Metering Holdings).',
    );
    expect(none.join(' ')).not.toMatch(/in item \(/);
  });

  it('leaves confidential declarations, and those on confidential items, out of the public minutes', () => {
    const all = texts(build(recorded(), 'public').blocks);
    const joined = all.join('\n');
    expect(joined).toContain('Director of a privacy consultancy');
    expect(joined).toContain('Siân Prydderch declared an interest (Employee of DECC).');
    expect(joined).not.toContain('Pendleford');
    expect(joined).not.toContain('Quillmoor');
    expect(under(build(recorded(), 'public'), '4')).toContain(
      'Helen Brooks declared an interest (Director of a privacy consultancy) and withdrew for this item.',
    );
  });

  it('writes both variants as DOCX and PDF; the public files hold no confidential declaration', async () => {
    const archive = recorded();
    const id = meetingOf(archive).meeting.id;
    const secret = await writtenFiles(archive, id, 'confidential');
    for (const text of [await docxText(secret.docx), pdfText(secret.pdf)]) {
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('Declarations of interest');
      expect(flat).toContain('Quillmoor Energy Trading');
      expect(flat).toContain('asked that their dissent be recorded.');
      expect(flat).toContain('(6 for, 2 against, 1 abstention)');
    }
    const open = await writtenFiles(archive, id, 'public');
    for (const text of [await docxText(open.docx), pdfText(open.pdf)]) {
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('Director of a privacy consultancy');
      expect(flat).not.toContain('Pendleford');
      expect(flat).not.toContain('Quillmoor');
    }
  });

  it('the leak guard refuses a public text repeating a confidential declaration', async () => {
    const archive = recorded();
    const { meeting } = meetingOf(archive);
    const item5 = item(archive, '5');
    meeting.minuteBlocks.push({
      id: 'leaked',
      meetingId: meeting.id,
      itemId: item5.id,
      position: 'zz',
      confidential: false,
      kind: 'paragraph',
      text: 'It was said that he is an Adviser to Pendleford Metering Holdings, sadly.',
      createdAt: meeting.createdAt,
      updatedAt: meeting.createdAt,
      updatedBy: 'SECAS',
    });
    const refused = writtenFiles(archive, meeting.id, 'public');
    await expect(refused).rejects.toThrow(LeakError);
    await expect(refused).rejects.toThrow(/declaration of interest of Mark Chen/);
  });
});
