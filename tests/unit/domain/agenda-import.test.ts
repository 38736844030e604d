import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  agendaImportLimits,
  parseAgendaLines,
  parseAgendaText,
  type AgendaImport,
  type AgendaImportOptions,
  type ImportedItem,
  type ImportLine,
} from '../../../src-renderer/domain';

function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
}

function ok(result: AgendaImport): Extract<AgendaImport, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result;
}

function read(text: string, options?: AgendaImportOptions) {
  return ok(parseAgendaText(text, options));
}

/** The tree as "title" lines, indented by depth: the shape at a glance. */
function outline(items: readonly ImportedItem[], depth = 0): string[] {
  return items.flatMap((i) => [
    `${'  '.repeat(depth)}${i.title}`,
    ...outline(i.children, depth + 1),
  ]);
}

/** Every item, depth first. */
function all(items: readonly ImportedItem[]): ImportedItem[] {
  return items.flatMap((i) => [i, ...all(i.children)]);
}

/** The one item with this title. */
function item(result: { items: ImportedItem[] }, title: string): ImportedItem {
  const found = all(result.items).filter((i) => i.title === title);
  if (found.length !== 1) throw new Error(`${String(found.length)} items titled “${title}”`);
  return found[0] as ImportedItem;
}

/** What a test usually checks of an item. */
function fields(i: ImportedItem) {
  return {
    title: i.title,
    presenter: i.presenter,
    paperRefs: i.paperRefs,
    plannedMinutes: i.plannedMinutes,
    confidential: i.confidential,
  };
}

describe('the SEC Panel 30 agenda, as pasted from its published minutes', () => {
  const result = read(fixture('agenda-sec-panel-30.txt'));

  it('reads its 25 items in order, titles exactly as written', () => {
    expect(outline(result.items)).toEqual([
      'Minutes and Actions Outstanding',
      'Event of Default Update',
      'DCC CIO Design Phase 2 Report',
      'Privacy Assessment — Decision Making Principles',
      'Impacts on SEC Panel and Operations',
      'SEC Panel Risk Register Update',
      'Use of the Certified Products List by the DCC',
      'Testing Update',
      'Modification Proposals Draft Reporting Template',
      'DCC Involvement with Modifications',
      'Modification Proposals',
      'DCC Update',
      'DECC Update',
      'Operations Report — February 2016',
      'Configuration Management Update',
      'SEC Panel Role in DCC Live',
      'Change Board Update',
      'Technical Sub-Committee Update',
      'Security Sub-Committee Update',
      'SMKI PMA Update',
      'Smarter Markets Project Update',
      'Transition Governance Update',
      'SEC Panel Activity Planner',
      'SEC Party Update',
      'Any Other Business',
    ]);
    expect(result.count).toBe(25);
    expect(result.leftOut).toEqual([]);
  });

  it('takes no subtitle after a dash for a presenter, and invents no fields', () => {
    // "— Decision Making Principles" and "— February 2016" are parts of titles, not people.
    for (const i of all(result.items)) {
      expect(i).toMatchObject({
        presenter: '',
        paperRefs: [],
        plannedMinutes: null,
        confidential: false,
        numbering: 'number',
        notes: [],
      });
    }
    expect(item(result, 'SMKI PMA Update').marker).toBe('20.');
  });
});

describe('a council cabinet agenda', () => {
  const result = read(fixture('agenda-council-cabinet.txt'));

  it('leaves out the heading lines and keeps every numbered item with its sub-items', () => {
    expect(outline(result.items)).toEqual([
      'Apologies for Absence',
      'Declarations of Interest',
      'Minutes of the Previous Meeting',
      'Public Questions',
      'Revenue Budget Monitoring 2024/25 Quarter 1',
      'Housing Strategy 2024-2029',
      '  Consultation responses',
      '  Final strategy for adoption',
      'Exclusion of the Press and Public',
      'Acquisition of Land at Mill Road',
      'Leisure Centre Contract Award',
    ]);
    expect(result.leftOut.map((l) => [l.text, l.reason])).toEqual([
      ['BOROUGH COUNCIL', 'before the first item'],
      ['CABINET', 'before the first item'],
      ['Thursday 12 September 2024, 7.00 pm', 'before the first item'],
      ['Council Chamber, Town Hall', 'before the first item'],
      ['AGENDA', 'before the first item'],
      ['PART A – PUBLIC ITEMS', 'heading'],
      ['PART B – EXEMPT ITEMS (NOT FOR PUBLICATION)', 'heading'],
    ]);
  });

  it('reads presenters from "Report of", "Cabinet Member:", "Lead:" and a dash', () => {
    expect(fields(item(result, 'Revenue Budget Monitoring 2024/25 Quarter 1'))).toEqual({
      title: 'Revenue Budget Monitoring 2024/25 Quarter 1',
      // A labelled presenter outranks the report's author.
      presenter: 'Cllr A. Patel (Finance and Resources)',
      paperRefs: ['Pages 13 - 40', 'CAB/24/017'],
      plannedMinutes: null,
      confidential: false,
    });
    expect(item(result, 'Public Questions').presenter).toBe('Leader of the Council');
    // "Lead:" is indented to where item 6's title starts, so it is item 6's, not 6(b)'s.
    expect(item(result, 'Housing Strategy 2024-2029').presenter).toBe(
      "Cllr M. O'Brien, Cabinet Member for Housing",
    );
    expect(item(result, 'Final strategy for adoption').presenter).toBe('');
    expect(item(result, 'Acquisition of Land at Mill Road').presenter).toBe(
      'Director of Regeneration',
    );
  });

  it('keeps purpose sentences as notes, not in the titles', () => {
    expect(item(result, 'Minutes of the Previous Meeting').notes).toEqual([
      'To approve the minutes of the meeting held on 11 July 2024.',
    ]);
    expect(item(result, 'Declarations of Interest').notes).toHaveLength(1);
    expect(item(result, 'Exclusion of the Press and Public').confidential).toBe(false);
  });

  it('makes the exempt item and everything under the Part B heading confidential', () => {
    expect(item(result, 'Acquisition of Land at Mill Road')).toMatchObject({
      confidential: true,
      confidentialBy: 'marker',
    });
    expect(item(result, 'Leisure Centre Contract Award')).toMatchObject({
      confidential: true,
      confidentialBy: 'section',
    });
    expect(all(result.items).filter((i) => i.confidential)).toHaveLength(2);
  });
});

describe('an industry panel agenda laid out as a table', () => {
  const result = read(fixture('agenda-industry-panel.txt'));

  it('reads title, presenter, paper and time from the columns, 3.1 under 3', () => {
    expect(outline(result.items)).toEqual([
      'Minutes and Actions Outstanding',
      'Event of Default Update',
      'Modification Proposals',
      '  SECMP0011 – New Alert Codes',
      '  SECMP0012 – Smart Metering Inventory Changes',
      'DCC Update',
      'Privacy Assessment — Decision Making Principles',
      '  Appendix A: Decision Making Principles',
      '  Appendix B: Report Template',
      'Testing Update',
      'Any Other Business',
    ]);
    expect(fields(item(result, 'Minutes and Actions Outstanding'))).toEqual({
      title: 'Minutes and Actions Outstanding',
      presenter: 'Panel Chair',
      paperRefs: ['SECP_31_1404_01'],
      plannedMinutes: 15,
      confidential: false,
    });
    expect(fields(item(result, 'Event of Default Update'))).toEqual({
      title: 'Event of Default Update',
      presenter: 'SECAS',
      paperRefs: ['SECP_31_1404_02'],
      plannedMinutes: 30,
      confidential: true,
    });
  });

  it('works out minutes from start times only where the next item shows its start', () => {
    expect(item(result, 'SECMP0011 – New Alert Codes').plannedMinutes).toBe(20);
    expect(item(result, 'SECMP0011 – New Alert Codes').startTime).toBe('10:45');
    // Item 4 shows no start, so how long items 3 and 3.2 run is not known.
    expect(item(result, 'Modification Proposals').plannedMinutes).toBeNull();
    expect(item(result, 'SECMP0012 – Smart Metering Inventory Changes').plannedMinutes).toBeNull();
    expect(item(result, 'Any Other Business')).toMatchObject({
      startTime: '15:45',
      plannedMinutes: null,
    });
  });

  it('reads a presenter after a dash, in square brackets, and papers after "Paper"', () => {
    expect(fields(item(result, 'DCC Update'))).toMatchObject({
      presenter: 'DCC',
      plannedMinutes: 20,
    });
    expect(item(result, 'Privacy Assessment — Decision Making Principles').presenter).toBe(
      'Panel Chair',
    );
    expect(fields(item(result, 'Testing Update'))).toMatchObject({
      presenter: 'SECAS',
      paperRefs: ['SECP 31/06'],
    });
    // A title that starts with a code keeps it: only codes with "_" or "/" are papers.
    expect(item(result, 'SECMP0011 – New Alert Codes').paperRefs).toEqual(['SECP_31_1404_03a']);
  });

  it('leaves out the heading lines and the table header', () => {
    expect(result.leftOut.map((l) => l.line)).toEqual([1, 2, 3, 5]);
  });
});

describe('a professional committee agenda', () => {
  const result = read(fixture('agenda-professional-committee.txt'));

  it('reads "Item 1:" numbering, (i) sub-items and bullets under an item', () => {
    expect(outline(result.items)).toEqual([
      'Welcome and apologies',
      'Minutes of the last meeting',
      'Standards review',
      '  Draft code of conduct',
      '  Consultation plan',
      '  CPD requirements',
      'Membership applications',
      '  Fellowship nominations',
      '  Disciplinary referrals',
      'Date of next meeting',
    ]);
    expect(item(result, 'Consultation plan').marker).toBe('(ii)');
    expect(item(result, 'Fellowship nominations').numbering).toBe('bullet');
  });

  it('reads each form of presenter, paper and time', () => {
    expect(fields(item(result, 'Welcome and apologies'))).toMatchObject({
      presenter: 'Chair',
      plannedMinutes: 5,
    });
    expect(fields(item(result, 'Minutes of the last meeting'))).toMatchObject({
      presenter: 'J. Smith',
      paperRefs: ['PC/23/01'],
    });
    expect(item(result, 'Draft code of conduct').paperRefs).toEqual(['PC/23/02', 'PC/23/03']);
    expect(item(result, 'Consultation plan').presenter).toBe('Dr R. Okafor');
    expect(item(result, 'CPD requirements').plannedMinutes).toBe(20);
    expect(item(result, 'Membership applications').confidential).toBe(true);
  });
});

describe('numbering and nesting', () => {
  it('reads "1)", "2.1.", "2.1.1" and "1.0" numbering', () => {
    const result = read('1) Welcome\n2) Finance\n2.1. Budget\n2.1.1 Capital\n2.2. Audit\n3) Close');
    expect(outline(result.items)).toEqual([
      'Welcome',
      'Finance',
      '  Budget',
      '    Capital',
      '  Audit',
      'Close',
    ]);
    expect(outline(read('1.0 Opening\n2.0 Finance\n2.1 Budget').items)).toEqual([
      'Opening',
      'Finance',
      '  Budget',
    ]);
  });

  it('nests a new style under the item above, and a style seen before closes the levels below', () => {
    const result = read('1. Finance\na) Budget\n(i) Capital\n(ii) Revenue\nb) Audit\n2. Close');
    expect(outline(result.items)).toEqual([
      'Finance',
      '  Budget',
      '    Capital',
      '    Revenue',
      '  Audit',
      'Close',
    ]);
  });

  it('reads "i)" after "h)" as a letter, and "i)" after an item as a Roman numeral', () => {
    const letters = 'abcdefghi'.split('').map((l) => `${l}) Part ${l}`);
    const result = read(
      ['1. Finance', ...letters, '   (i) First', '   (ii) Second', 'j) Part j'].join('\n'),
    );
    const finance = result.items[0];
    expect(finance?.children.map((c) => c.marker)).toEqual([
      ...letters.map((l) => l.slice(0, 2)),
      'j)',
    ]);
    expect(item(result, 'Part i').children.map((c) => c.title)).toEqual(['First', 'Second']);
    expect(outline(read('1. Finance\ni) Budget\nii) Audit').items)).toEqual([
      'Finance',
      '  Budget',
      '  Audit',
    ]);
  });

  it('nests by indentation where the numbering repeats', () => {
    const text =
      '1. Finance\n   1. Budget\n   2. Audit\n2. Staffing\n- Recruitment\n  - Panel\n- Training';
    expect(outline(read(text).items)).toEqual([
      'Finance',
      '  Budget',
      '  Audit',
      'Staffing',
      '  Recruitment',
      '    Panel',
      '  Training',
    ]);
  });

  it('takes a bare number only where the list expects it ("2016 Budget" is a title)', () => {
    const result = read('1 Welcome\n2 Minutes\n3\tFinance\n2016 Budget outlook\n4 Close');
    expect(outline(result.items)).toEqual([
      'Welcome',
      'Minutes',
      'Finance',
      '2016 Budget outlook',
      'Close',
    ]);
    expect(item(result, '2016 Budget outlook').numbering).toBe('none');
  });

  it('joins a number alone on its line to the title on the next', () => {
    const result = read('1\nWelcome\n2\nMinutes and Actions\n3');
    expect(outline(result.items)).toEqual(['Welcome', 'Minutes and Actions']);
    expect(result.leftOut).toEqual([{ line: 5, text: '3', reason: 'number without a title' }]);
  });

  it('reads a list with no numbers as one item a line, nested by indentation', () => {
    const result = read('Agenda\nWelcome\nMinutes of the last meeting\n    Matters arising\nClose');
    expect(outline(result.items)).toEqual([
      'Welcome',
      'Minutes of the last meeting',
      '  Matters arising',
      'Close',
    ]);
    expect(result.items[0]?.numbering).toBe('none');
    expect(result.leftOut.map((l) => l.text)).toEqual(['Agenda']);
  });

  it('keeps three levels; a deeper item becomes a sibling at the third', () => {
    const result = read('1. A\n  a) B\n    (i) C\n      - D\n        * E\n2. F');
    expect(outline(result.items)).toEqual(['A', '  B', '    C', '    D', '    E', 'F']);
    expect(agendaImportLimits.depth).toBe(3);
  });

  it('joins a title wrapped onto the next line, and counts the lines joined', () => {
    const result = read(
      [
        '1. Privacy Assessment — Decision Making',
        '   Principles – Panel Chair',
        '2. Review of the arrangements for the annual meeting of',
        '   the association and its members',
        '3. Risk Register',
        '   The Panel is asked to note the register.',
        '4. Any Other Business',
      ].join('\n'),
    );
    expect(fields(item(result, 'Privacy Assessment — Decision Making Principles'))).toMatchObject({
      presenter: 'Panel Chair',
    });
    expect(item(result, 'Privacy Assessment — Decision Making Principles').joined).toBe(1);
    expect(
      item(
        result,
        'Review of the arrangements for the annual meeting of the association and its members',
      ).lines,
    ).toEqual([3, 4]);
    expect(item(result, 'Risk Register').notes).toEqual([
      'The Panel is asked to note the register.',
    ]);
  });

  it('makes a title-like line with no number an item of its own, at the top level', () => {
    const result = read('1. Minutes\n   a) Matters arising\n\nAny Other Business');
    expect(outline(result.items)).toEqual(['Minutes', '  Matters arising', 'Any Other Business']);
    expect(item(result, 'Any Other Business').numbering).toBe('none');
  });

  it('takes a dash line under an item for its presenter when it names one', () => {
    const result = read('1. Minutes\n   – Panel Chair\n2. Updates\n   – DCC\n   – Ofgem');
    expect(fields(item(result, 'Minutes'))).toMatchObject({ presenter: 'Panel Chair' });
    expect(item(result, 'Minutes').children).toEqual([]);
    // Organisation initials on their own are sub-items: only a role or person is a presenter here.
    expect(outline(read('1. Updates\n   – DCC\n   – Ofgem').items)).toEqual([
      'Updates',
      '  DCC',
      '  Ofgem',
    ]);
  });
});

describe('agendas of other shapes', () => {
  it('reads a board agenda numbered I., II. with A., B. under them', () => {
    const result = read(
      [
        'BOARD OF DIRECTORS – REGULAR MEETING AGENDA',
        'I. Call to Order',
        'II. Reports',
        "   A. Treasurer's Report – Treasurer",
        "   B. Executive Director's Report",
        'III. New Business',
        '   A. Budget FY2025 (Action Item)',
        'IV. Executive Session (Closed)',
        'V. Adjournment',
      ].join('\n'),
    );
    expect(outline(result.items)).toEqual([
      'Call to Order',
      'Reports',
      "  Treasurer's Report",
      "  Executive Director's Report",
      'New Business',
      '  Budget FY2025 (Action Item)',
      'Executive Session',
      'Adjournment',
    ]);
    expect(item(result, "Treasurer's Report").presenter).toBe('Treasurer');
    expect(item(result, "Executive Director's Report").presenter).toBe('');
    expect(item(result, 'Executive Session').confidential).toBe(true);
    expect(item(result, 'Adjournment').marker).toBe('V.');
  });

  it('reads an agenda written in Markdown', () => {
    const result = read(
      [
        '# Team meeting agenda',
        '## 1. Welcome',
        '- Apologies',
        '## 2. **Finance** – CFO',
        '* Q3 results (20 mins)',
        '**3. AOB**',
      ].join('\n'),
    );
    expect(outline(result.items)).toEqual([
      'Welcome',
      '  Apologies',
      'Finance',
      '  Q3 results',
      'AOB',
    ]);
    expect(item(result, 'Finance').presenter).toBe('CFO');
    expect(item(result, 'Q3 results').plannedMinutes).toBe(20);
  });
});

describe('Word lists (lines with their list levels)', () => {
  const lines: ImportLine[] = [
    { text: 'Agenda' },
    { text: 'Minutes – Panel Chair', level: 0, list: 'ordered' },
    { text: 'Finance SECP_30_1003_04', level: 0, list: 'ordered' },
    { text: 'Budget (Presenter: J. Smith)', level: 1, list: 'ordered' },
    { text: 'Lead: K. Jones' },
    { text: 'Forecast', level: 1, list: 'ordered' },
    { text: 'Reserves', level: 2, list: 'bullet' },
    { text: 'Far too deep', level: 5, list: 'bullet' },
    { text: 'a) Typed under a Word list' },
    { text: 'Any Other Business', level: 0, list: 'ordered' },
  ];
  const result = ok(parseAgendaLines(lines));

  it('nests by the list level, with the fields in the text', () => {
    expect(outline(result.items)).toEqual([
      'Minutes',
      'Finance',
      '  Budget',
      '  Forecast',
      '    Reserves',
      '    Far too deep',
      '  Typed under a Word list',
      'Any Other Business',
    ]);
    expect(fields(item(result, 'Minutes'))).toMatchObject({ presenter: 'Panel Chair' });
    expect(item(result, 'Finance').paperRefs).toEqual(['SECP_30_1003_04']);
    expect(item(result, 'Budget').presenter).toBe('J. Smith');
    expect(item(result, 'Budget').numbering).toBe('list');
    expect(item(result, 'Reserves').marker).toBe('•');
    expect(result.leftOut.map((l) => l.text)).toEqual(['Agenda']);
  });
});

describe('presenters', () => {
  const presenter = (line: string, options?: AgendaImportOptions) =>
    read(`1. ${line}`, options).items[0]?.presenter;

  it.each([
    ['Finance Report – Director of Finance', 'Director of Finance'],
    ['Finance Report — Cllr A. Patel', 'Cllr A. Patel'],
    ['Finance Report - J. Smith and K. Jones', 'J. Smith and K. Jones'],
    ['Finance Report – Jane Smith, Chief Executive', 'Jane Smith, Chief Executive'],
    ['Finance Report (Presenter: Jane Smith)', 'Jane Smith'],
    ['Finance Report (presented by the Treasurer)', 'the Treasurer'],
    ['Finance Report – Lead: Jane Smith', 'Jane Smith'],
    ['Finance Report [SECAS]', 'SECAS'],
    ['Finance Report [Jane Smith]', 'Jane Smith'],
    ['Finance Report – SECAS / DCC', 'SECAS / DCC'],
    ['Finance Report (Chair)', 'Chair'],
    ['Finance Report – Panel Chair (15 mins)', 'Panel Chair'],
  ])('reads “%s”', (line, expected) => {
    expect(presenter(line)).toBe(expected);
  });

  it.each([
    'Operations Report — February 2016',
    'Privacy Assessment — Decision Making Principles',
    'Use of the Certified Products List (CPL)',
    'Elections – Role of the Chair',
    'Annual Report – Chair’s Foreword',
    'Induction – New Member Induction',
    'Finance Report – Jane Smith',
    'SECMP0011 – New Alert Codes',
  ])('takes no presenter from “%s”', (line) => {
    const first = read(`1. ${line}`).items[0];
    expect(first?.presenter).toBe('');
    expect(first?.title).toBe(line);
  });

  it('reads a name the body knows after a dash, as written in the text', () => {
    expect(presenter('Finance Report – Jane Smith', { knownNames: ['jane smith'] })).toBe(
      'Jane Smith',
    );
  });
});

describe('paper references', () => {
  const papers = (line: string) => read(`1. ${line}`).items[0]?.paperRefs;

  it.each([
    ['Event of Default Update SECP_30_1003_04', ['SECP_30_1003_04']],
    ['Event of Default Update (SECP_30_1003_04)', ['SECP_30_1003_04']],
    ['Testing Update – Paper SECP 30/04', ['SECP 30/04']],
    ['Draft code (papers: PC/23/02, PC/23/03)', ['PC/23/02', 'PC/23/03']],
    ['Draft code – Papers A and B', ['Paper A', 'Paper B']],
    ['Budget monitoring – Ref: CAB/24/017', ['CAB/24/017']],
    ['Budget monitoring (Pages 13 - 40)', ['Pages 13 - 40']],
  ])('reads “%s”', (line, expected) => {
    expect(papers(line)).toEqual(expected);
  });

  it.each([
    'Budget 2016/17',
    'SECMP0011 New Alert Codes',
    'Performance to Q1 2024',
    'Papers for information',
    'Reference Group Update',
  ])('reads none from “%s”', (line) => {
    expect(papers(line)).toEqual([]);
    expect(read(`1. ${line}`).items[0]?.title).toBe(line);
  });

  it('takes a paper line under an item', () => {
    expect(read('1. Finance\n   Paper: SECP_30_1003_05').items[0]?.paperRefs).toEqual([
      'SECP_30_1003_05',
    ]);
  });
});

describe('times', () => {
  const minutes = (line: string) => read(`1. ${line}`).items[0]?.plannedMinutes;

  it.each([
    ['Finance (15 mins)', 15],
    ['Finance – 15 minutes', 15],
    ['Finance, 20 min', 20],
    ['Finance (1 hour)', 60],
    ['Finance [1h30]', 90],
    ['Finance (1.5 hrs)', 90],
    ['Finance (½ hour)', 30],
    ['Finance 10:00–10:45', 45],
    ['10.30 - 11.15am Finance', 45],
    ['Finance (allow 25 mins)', 25],
  ])('reads “%s” as %i minutes', (line, expected) => {
    expect(minutes(line)).toBe(expected);
  });

  it('works out minutes from start times, across noon written without am/pm', () => {
    const result = read('1. Welcome 10:00\n2. Finance 12:45\n3. Lunch 1:30\n4. Close 2:00');
    expect(all(result.items).map((i) => [i.startTime, i.plannedMinutes])).toEqual([
      ['10:00', 165],
      ['12:45', 45],
      ['01:30', 30],
      ['02:00', null],
    ]);
  });

  it('reads a list of times with no numbers', () => {
    const result = read('10:00  Welcome\n10:10  Minutes\n10:30  Finance\n11:00  Close');
    expect(all(result.items).map((i) => [i.title, i.plannedMinutes])).toEqual([
      ['Welcome', 10],
      ['Minutes', 20],
      ['Finance', 30],
      ['Close', null],
    ]);
  });

  it('takes no time from a title that only holds numbers', () => {
    expect(fields(read('1. Release 10.12 update').items[0] as ImportedItem)).toMatchObject({
      title: 'Release 10.12 update',
      plannedMinutes: null,
    });
    expect(read('1. The 15 minute city').items[0]?.plannedMinutes).toBeNull();
  });
});

describe('confidential markers', () => {
  const confidential = (text: string) => all(read(text).items).map((i) => i.confidential);

  it.each([
    '1. Staffing [CONFIDENTIAL]',
    '1. Staffing (Confidential)',
    '1. Staffing – CONFIDENTIAL',
    '1. Staffing CONFIDENTIAL',
    '1. CONFIDENTIAL: Staffing',
    '1. Confidential – Staffing',
    '1. Staffing (Part B)',
    '1. Staffing (Exempt – Paragraph 1)',
    '1. Staffing – not for publication',
  ])('reads “%s” as confidential, and takes the marker out of the title', (line) => {
    const result = read(line);
    expect(fields(result.items[0] as ImportedItem)).toMatchObject({
      title: 'Staffing',
      confidential: true,
    });
  });

  it('leaves a title that only mentions the word as it is', () => {
    expect(read('1. Confidential Reporting Policy').items[0]).toMatchObject({
      title: 'Confidential Reporting Policy',
      confidential: false,
    });
    expect(read('1. VAT exempt purchases').items[0]?.confidential).toBe(false);
  });

  it('makes the items under a Part B heading confidential, until a Part A heading', () => {
    const text = [
      '1. Minutes',
      'Part B – Exempt items',
      '2. Land sale',
      '   a) Valuation',
      'Items in private session',
      '3. Staffing',
      'PART A',
      '4. Close',
    ].join('\n');
    expect(confidential(text)).toEqual([false, true, true, true, false]);
  });

  it('takes a numbered part or section heading as a heading, confidential only when it says so', () => {
    const result = read(
      '1. Intro\nPart 2 – Strategy\n2. Plan\nSection 3: Risks\n3. Risks\nPART II\n4. Land',
    );
    expect(all(result.items).map((i) => [i.title, i.confidential])).toEqual([
      ['Intro', false],
      ['Plan', false],
      ['Risks', false],
      ['Land', true],
    ]);
    expect(result.leftOut.map((l) => l.reason)).toEqual(['heading', 'heading', 'heading']);
  });
});

describe('bad input', () => {
  it('refuses text with no item, saying why', () => {
    for (const text of ['', '   \n\n\t', '-----\n|---|---|\n***', 'AGENDA\nDate: 10 March 2016']) {
      const result = parseAgendaText(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/No agenda items were found/);
    }
  });

  it('reads any script, emoji and direction marks; drops control characters and lone surrogates', () => {
    const result = read(
      [
        '\u0000\u0007 1.\u200b Hello\u0008 world\ud800',
        '2. مرحبا بالعالم',
        '3. 日本語の議題 – 議長',
        '4. 🎉 Party\u202e',
        '\u000b5. Fifth\u00a0item\r\n6. Sixth\u2028\u2029\u00857. Seventh',
      ].join('\n'),
    );
    expect(outline(result.items)).toEqual([
      'Hello world\ufffd',
      'مرحبا بالعالم',
      '日本語の議題 – 議長',
      '🎉 Party\u202e',
      'Fifth item',
      'Sixth',
      'Seventh',
    ]);
    for (const i of all(result.items)) {
      // eslint-disable-next-line no-control-regex -- the point of the test.
      expect(i.title).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
  });

  it(`refuses more than ${String(agendaImportLimits.items)} items, and takes ${String(agendaImportLimits.items)}`, () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `${String(i + 1)}. Item`);
    expect(ok(parseAgendaText(lines(500).join('\n'))).count).toBe(500);
    const over = parseAgendaText(lines(501).join('\n'));
    expect(over).toEqual({
      ok: false,
      message: expect.stringMatching(/more than 500 items.*Nothing was added/) as unknown,
    });
  });

  it('refuses more text or more lines than an agenda has, before reading it', () => {
    const long = parseAgendaText('1. A\n' + 'x'.repeat(agendaImportLimits.characters));
    expect(long).toEqual({
      ok: false,
      message: expect.stringMatching(/200,000.*Nothing was added/) as unknown,
    });
    const many = parseAgendaText('\n'.repeat(agendaImportLimits.lines + 1));
    expect(many).toEqual({
      ok: false,
      message: expect.stringMatching(/5,000.*Nothing was added/) as unknown,
    });
  });

  it('leaves out a line too long to be an agenda line, and says so', () => {
    const result = read(`1. Short\n2. ${'word '.repeat(300)}\n3. Also short`);
    expect(outline(result.items)).toEqual(['Short', 'Also short']);
    expect(result.leftOut).toEqual([
      { line: 2, text: expect.any(String) as unknown, reason: 'too long' },
    ]);
  });

  it('reads hostile lines (brackets, dashes, separators by the hundred) without choking', () => {
    const hostile = [
      `1. ${'('.repeat(400)}${')'.repeat(400)}`,
      `2. ${'a – '.repeat(240)}`,
      `3. ${'[x] '.repeat(240)}`,
      `4. ${'10:00 '.repeat(160)}`,
      `5. ${'SECP_1_2, '.repeat(90)}`,
      `6. ${'((((a) – b, ] '.repeat(70)}`,
    ];
    const text = Array.from({ length: 30 }, () => hostile.join('\n')).join('\n');
    expect(text.length).toBeLessThan(agendaImportLimits.characters);
    const result = parseAgendaText(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.count).toBe(180);
  });
});
