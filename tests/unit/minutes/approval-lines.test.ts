import { describe, expect, it } from 'vitest';
import type { Amendment, Archive, ArchiveMeeting } from '../../../src-renderer/domain';
import {
  buildMinutes,
  LeakError,
  writeMinutes,
  type DocBlock,
} from '../../../src-renderer/minutes';
import { runningHead } from '../../../src-renderer/minutes/house-style';
import { loadFixture, meetingOf } from './minutes-support';
import { docxText, pdfText, writtenFiles } from './written';

// The reference meeting approved at meeting 31, with amendments agreed there and one later.

const item4 = 'fe297036-091f-595d-a583-d8c7e763ac85'; // 4. Privacy Assessment (public)
const item2 = '7cda4ea4-81dd-5e0c-aa4b-4968937171bf'; // 2. Event of Default Update (confidential)
const approvingId = 'meeting-31';
const publicWording = 'Members preferred option two for the privacy principles';
const secretWording = 'Quartermaine Utilities owed eleven thousand pounds in charges';
const onSecretItem = 'The default notice was served on the ninth of March';
const laterWording = 'The heading of the register was corrected';

function amendment(over: Partial<Amendment> & Pick<Amendment, 'id' | 'text'>): Amendment {
  return {
    meetingId: '',
    date: '2016-04-14',
    reason: 'Agreed correction',
    itemId: null,
    confidential: false,
    agreedAt: approvingId,
    createdAt: '2016-04-14T10:00:00.000Z',
    updatedAt: '2016-04-14T10:00:00.000Z',
    updatedBy: 'SECAS',
    ...over,
  };
}

function approvedArchive(): { archive: Archive; meeting: ArchiveMeeting } {
  const archive = loadFixture();
  const { meeting } = meetingOf(archive);
  meeting.status = 'approved';
  meeting.approval = { meetingId: approvingId, number: 31, on: '2016-04-14' };
  meeting.amendments = [
    amendment({ id: 'a1', meetingId: meeting.id, text: publicWording, itemId: item4 }),
    amendment({
      id: 'a2',
      meetingId: meeting.id,
      text: secretWording,
      reason: 'Figure',
      confidential: true,
    }),
    amendment({ id: 'a3', meetingId: meeting.id, text: onSecretItem, itemId: item2 }),
    amendment({
      id: 'a4',
      meetingId: meeting.id,
      text: laterWording,
      reason: 'Typing error',
      date: '2016-05-12',
      agreedAt: null,
    }),
  ];
  return { archive, meeting };
}

/** The blocks from the heading `title` up to the next heading. */
function section(blocks: readonly DocBlock[], title: string): DocBlock[] {
  const start = blocks.findIndex((b) => b.kind === 'heading' && b.text === title);
  expect(start).toBeGreaterThanOrEqual(0);
  const rest = blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.kind === 'heading');
  return end < 0 ? rest : rest.slice(0, end);
}

describe('approved minutes', () => {
  it('print the approval instead of DRAFT in both variants', () => {
    const { archive, meeting } = approvedArchive();
    for (const variant of ['public', 'confidential'] as const) {
      const doc = buildMinutes(archive, meeting.id, variant);
      expect(doc.approved).toBe('Approved at meeting 31 on 14 April 2016');
      expect(runningHead(doc)).toBe(
        `${variant.toUpperCase()} \u2014 Approved at meeting 31 on 14 April 2016`,
      );
    }
  });

  it('approved the old way, without a recorded approval, print as before', () => {
    const archive = loadFixture();
    const { meeting } = meetingOf(archive);
    meeting.approval = null;
    const doc = buildMinutes(archive, meeting.id, 'public');
    expect(doc.approved).toBeNull();
    expect(runningHead(doc)).toBe('PUBLIC');
    meeting.status = 'held';
    expect(runningHead(buildMinutes(archive, meeting.id, 'public'))).toBe('PUBLIC \u2014 DRAFT');
  });

  it('print each amendment where it applies, in the variant it belongs to', () => {
    const { archive, meeting } = approvedArchive();
    const confidential = buildMinutes(archive, meeting.id, 'confidential').blocks;
    const inItem4 = section(confidential, 'Privacy Assessment — Decision Making Principles');
    expect(inItem4.at(-1)).toEqual({
      kind: 'note',
      label: 'Amended at meeting 31 on 14 April 2016:',
      text: `${publicWording} (Reason: Agreed correction)`,
    });
    expect(section(confidential, 'Event of Default Update').at(-1)).toMatchObject({
      kind: 'note',
      text: `${onSecretItem} (Reason: Agreed correction)`,
    });
    const whole = section(confidential, 'Amendments to these minutes');
    expect(whole).toEqual([
      {
        kind: 'note',
        label: 'Amended at meeting 31 on 14 April 2016:',
        text: `${secretWording} (Reason: Figure)`,
      },
      {
        kind: 'note',
        label: 'Amended on 12 May 2016:',
        text: `${laterWording} (Reason: Typing error)`,
      },
    ]);

    const pub = buildMinutes(archive, meeting.id, 'public').blocks;
    const said = JSON.stringify(pub);
    expect(said).toContain(publicWording);
    expect(said).toContain(laterWording);
    expect(said).not.toContain(secretWording);
    expect(said).not.toContain(onSecretItem);
    expect(section(pub, 'Amendments to these minutes')).toHaveLength(1);
  });

  it('carry the approval line and amendments into the written DOCX and PDF', async () => {
    const { archive, meeting } = approvedArchive();
    const files = await writtenFiles(archive, meeting.id, 'public');
    for (const text of [await docxText(files.docx), pdfText(files.pdf)]) {
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('PUBLIC \u2014 Approved at meeting 31 on 14 April 2016');
      expect(flat).not.toContain('DRAFT');
      expect(flat).toContain('Amended on 12 May 2016:');
      expect(flat).toContain(publicWording);
      expect(flat).not.toContain(secretWording);
    }
    const secret = await writtenFiles(archive, meeting.id, 'confidential');
    expect(pdfText(secret.pdf).replace(/\s+/g, ' ')).toContain(secretWording);
  }, 30_000);

  it('refuse public minutes that repeat a confidential amendment', async () => {
    const { archive, meeting } = approvedArchive();
    meeting.minuteBlocks.push({
      id: 'leak',
      meetingId: meeting.id,
      itemId: item4,
      position: 'zz',
      confidential: false,
      kind: 'paragraph',
      text: `It was said that ${secretWording.toLowerCase()} last year.`,
      createdAt: meeting.createdAt,
      updatedAt: meeting.createdAt,
      updatedBy: 'SECAS',
    });
    const doc = buildMinutes(archive, meeting.id, 'public');
    const refused = await writeMinutes(archive, meeting.id, doc, 'docx').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LeakError);
    expect((refused as LeakError).findings[0]?.message).toMatch(/amendment/);
  });
});
