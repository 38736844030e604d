import type { DocBlock, MinutesDocument } from '../../../src-renderer/minutes';

/** Text that a font must carry: Welsh, Greek and Cyrillic. */
export const unicodeLines = [
  'Cyfarfod y Panel: dŵr, tŷ, ŵyr a ŷd — Welsh with ŵ and ŷ.',
  'Ελληνικά: Η Επιτροπή ΣΗΜΕΙΩΣΕ το έγγραφο.',
  'Кириллица: Комиссия ПРИНЯЛА К СВЕДЕНИЮ документ.',
];

const filler =
  'The Panel were provided with a paper outlining the privacy assessment process along with an appendix proposing a set of Decision Making Principles to help the Panel in setting Parties’ privacy assurance status following a Privacy Assessment.';

function item(n: number): DocBlock[] {
  const blocks: DocBlock[] = [
    {
      kind: 'heading',
      level: 1,
      number: String(n),
      text: `Agenda item ${n} — Update on the programme`,
    },
    { kind: 'paragraph', text: `${filler} ${n % 3 === 0 ? filler : ''}`.trim() },
  ];
  if (n % 2 === 0) {
    blocks.push({
      kind: 'decisions',
      lead: 'The Panel:',
      lines: ['NOTED the contents of the paper; and', `APPROVED the amendments to item ${n}.`],
    });
  } else {
    blocks.push({
      kind: 'decisions',
      lead: null,
      lines: ['The Panel NOTED the contents of the paper.'],
    });
  }
  if (n % 4 === 1) {
    blocks.push({
      kind: 'action',
      reference: `SECP30/${String(n).padStart(2, '0')}`,
      label: `ACTION SECP30/${String(n).padStart(2, '0')}:`,
      labelAfter: false,
      owner: 'SECAS',
      text: 'SECAS to look into making the Full User Privacy Assessment Report Template non-confidential and circulating it to Parties.',
    });
  }
  return blocks;
}

/** A long set of minutes with every kind of block, several pages long. */
export function sampleDocument(overrides: Partial<MinutesDocument> = {}): MinutesDocument {
  const outstanding: DocBlock = {
    kind: 'table',
    caption: 'Actions Outstanding',
    columns: [
      { title: 'Action Reference', width: 0.22 },
      { title: 'Update', width: 0.78 },
    ],
    rows: Array.from({ length: 6 }, (_, i) => [
      `SECP22/0${i + 1}`,
      `The Time Management Design Note has been published on the SEC Website (row ${i + 1}).`,
    ]),
  };
  const blocks: DocBlock[] = [
    { kind: 'heading', level: 1, number: '', text: 'Attendance' },
    { kind: 'paragraph', text: 'Present: Peter Davies (Chair), Anna Ivanova, Gareth Williams.' },
    { kind: 'heading', level: 1, number: '1', text: 'Minutes and Actions Outstanding' },
    { kind: 'paragraph', text: 'The minutes from the February 2016 Panel meeting were approved.' },
    outstanding,
    { kind: 'heading', level: 2, number: '1.1', text: 'Languages' },
    { kind: 'bullets', items: unicodeLines },
    { kind: 'mark', text: 'CONFIDENTIAL' },
    {
      kind: 'note',
      label: 'Post Meeting Note:',
      text: 'Following the meeting, the DCC have notified that they will make the appendix non-confidential.',
    },
    ...Array.from({ length: 24 }, (_, i) => item(i + 2)).flat(),
    {
      kind: 'table',
      caption: 'Summary of actions',
      columns: [
        { title: 'Reference', width: 0.15 },
        { title: 'Owner', width: 0.13 },
        { title: 'Action', width: 0.57 },
        { title: 'Due', width: 0.15 },
      ],
      rows: Array.from({ length: 40 }, (_, i) => [
        `SECP30/${String(i + 1).padStart(2, '0')}`,
        'SECAS',
        `Set up Working Groups and initiate the Modification Refinement Process (${i + 1}).`,
        '24 March 2016',
      ]),
    },
  ];
  return {
    variant: 'confidential',
    classificationLabel: 'CONFIDENTIAL',
    draft: true,
    metadata: {
      title: 'SEC Panel meeting 30 minutes',
      author: 'SECAS',
      subject: 'Minutes of SEC Panel meeting 30, 11 March 2016',
    },
    header: {
      bodyName: 'SEC Panel',
      title: 'Meeting 30 — Minutes',
      lines: ['Friday 11 March 2016, 10:00', 'Gemserv, 8 Fenchurch Place, London'],
    },
    blocks,
    ...overrides,
  };
}
