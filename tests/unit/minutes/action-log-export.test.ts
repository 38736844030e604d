import { describe, expect, it } from 'vitest';
import { rowsFromArchiveBody, type Archive, type ArchiveBody } from '../../../src-renderer/domain';
import {
  exportEntries,
  noFilter,
  type LogFilter,
} from '../../../src-renderer/features/actions/log-entries';
import {
  buildActionLogTable,
  cellLimit,
  cellText,
  cutMarker,
  type ActionLogTable,
} from '../../../src-renderer/minutes/action-log-export';
import { loadFixture } from './minutes-support';

// The action log leaves the app as a table: the rows the screen shows after filtering, in
// either variant, each cell a text the CSV and XLSX writers print alike.

const today = '2016-05-01';

function bodyOf(archive: Archive): ArchiveBody {
  const body = archive.bodies[0];
  if (!body) throw new Error('The fixture has no body.');
  return body;
}

/** The log's entries as the screen computes them, filtered. */
function entriesOf(body: ArchiveBody, filter: LogFilter = noFilter) {
  return exportEntries(rowsFromArchiveBody(body), filter, today);
}

function actionOf(body: ArchiveBody, reference: string) {
  const action = body.actions.find((a) => a.reference === reference);
  if (!action) throw new Error(`The fixture has no ${reference}.`);
  return action;
}

/** The table as records of texts keyed by column title. */
function records(table: ActionLogTable): Record<string, string>[] {
  return table.rows.map((row) =>
    Object.fromEntries(table.columns.map((c, i) => [c.title, row[i]?.text ?? ''])),
  );
}

/** The text of the one update the fixture gives an action. */
function updateOf(body: ArchiveBody, reference: string): string {
  const { id } = actionOf(body, reference);
  const [update, ...more] = body.actionUpdates.filter((u) => u.actionId === id);
  if (!update || more.length > 0) throw new Error(`The fixture has changed for ${reference}.`);
  return update.text;
}

const refs = (table: ActionLogTable) => records(table).map((r) => r['Reference']);

const publicTitles = [
  'Reference',
  'Owner',
  'Action',
  'Raised at',
  'Raised on',
  'Due',
  'Status',
  'Closed at',
  'Days open',
  'Days overdue',
  'Updates',
];

describe('the action log table', () => {
  it('has the log’s columns, and the confidential one says what is confidential', () => {
    const body = bodyOf(loadFixture());
    const entries = entriesOf(body);
    expect(buildActionLogTable(body, entries, 'public').columns.map((c) => c.title)).toEqual(
      publicTitles,
    );
    expect(buildActionLogTable(body, entries, 'confidential').columns.map((c) => c.title)).toEqual([
      ...publicTitles,
      'Classification',
    ]);
  });

  it('holds every action of the confidential log in the screen’s order, as the screen counts', () => {
    const body = bodyOf(loadFixture());
    const entries = entriesOf(body);
    const table = buildActionLogTable(body, entries, 'confidential');
    expect(refs(table)).toEqual(entries.map((e) => e.action.reference));
    expect(table.rows).toHaveLength(16);
    const byRef = new Map(records(table).map((r) => [r['Reference'], r]));

    const secp3002 = byRef.get('SECP30/02');
    expect(secp3002).toMatchObject({
      Owner: 'SECAS',
      'Raised at': 'Meeting 30',
      'Raised on': '10 March 2016',
      Due: '24 March 2016',
      Status: 'Open',
      'Closed at': '',
      'Days open': '52',
      'Days overdue': '38',
      Updates: '',
      Classification: 'Public',
    });
    expect(secp3002?.['Action']).toMatch(/^draft a response to the New Smart Energy Code/);
    const entry = entries.find((e) => e.action.reference === 'SECP30/02');
    expect(entry?.age).toEqual({ daysOpen: 52, overdue: true, daysOverdue: 38 });

    expect(byRef.get('SECP20/04')).toMatchObject({
      'Raised at': 'Earlier',
      'Raised on': '11 June 2015',
      Due: '',
      'Days overdue': '',
      Updates: `Meeting 30 (10 March 2016): ${updateOf(body, 'SECP20/04')}`,
    });
    // A confidential update says so in the confidential file; so do confidential actions.
    expect(byRef.get('SECP28/03')?.['Updates']).toMatch(
      /^Meeting 30 \(10 March 2016\), confidential: CANARY-14: /,
    );
    for (const ref of ['SECP28/03', 'SECP30/09', 'SECP30/10'])
      expect(byRef.get(ref)?.['Classification']).toBe('Confidential');

    // Dates and numbers are values too, for a spreadsheet to sort.
    const row = table.rows[refs(table).indexOf('SECP30/02')] ?? [];
    expect(row[4]).toEqual({ kind: 'date', iso: '2016-03-10', text: '10 March 2016' });
    expect(row[8]).toEqual({ kind: 'number', value: 52, text: '52' });
  });

  it('leaves out of the public log what the public minutes leave out', () => {
    const body = bodyOf(loadFixture());
    const table = buildActionLogTable(body, entriesOf(body), 'public');
    // SECP28/03 and SECP30/09 are flagged; SECP30/10 was raised in a confidential item.
    expect(refs(table)).toHaveLength(13);
    for (const ref of ['SECP28/03', 'SECP30/09', 'SECP30/10'])
      expect(refs(table)).not.toContain(ref);
    const all = table.rows.flatMap((r) => r.map((c) => c.text)).join('\n');
    expect(all).not.toMatch(/CANARY|Northwind|Defaulting Party/);
  });

  it('keeps a declassified action in the public log, without its confidential updates', () => {
    const archive = loadFixture();
    const body = bodyOf(archive);
    const declassified = { on: '2016-04-14', by: 'the Panel Chair' };
    actionOf(body, 'SECP28/03').declassified = declassified;
    actionOf(body, 'SECP30/10').declassified = declassified;
    // An update to a declassified action not flagged itself is public.
    const later = { ...body.actionUpdates[0] };
    Object.assign(later, {
      id: 'later-update',
      actionId: actionOf(body, 'SECP30/10').id,
      text: 'The remediation plan was received.',
      confidential: false,
      closes: true,
    });
    body.actionUpdates.push(later as (typeof body.actionUpdates)[number]);

    const shown = buildActionLogTable(body, entriesOf(body), 'public');
    const byRef = new Map(records(shown).map((r) => [r['Reference'], r]));
    expect(refs(shown)).toHaveLength(15);
    expect(byRef.get('SECP28/03')?.['Action']).toBe(actionOf(body, 'SECP28/03').text);
    // Its one update is flagged confidential: it stays out.
    expect(byRef.get('SECP28/03')?.['Updates']).toBe('');
    expect(byRef.get('SECP30/10')?.['Updates']).toBe(
      'Meeting 30 (10 March 2016), closed the action: The remediation plan was received.',
    );
    expect(refs(shown)).not.toContain('SECP30/09');

    const confidential = buildActionLogTable(body, entriesOf(body), 'confidential');
    const secp2803 = records(confidential).find((r) => r['Reference'] === 'SECP28/03');
    expect(secp2803?.['Classification']).toBe('Declassified on 14 April 2016 by the Panel Chair');
    expect(secp2803?.['Updates']).toMatch(/^Meeting 30 \(10 March 2016\), confidential: CANARY-14/);
  });

  it('counts an action closed at a later meeting to that meeting, its updates in meeting order', () => {
    const body = bodyOf(loadFixture());
    const first = body.meetings[0];
    const given = body.actionUpdates.find((u) => u.actionId === actionOf(body, 'SECP22/08').id);
    if (!first || !given) throw new Error('The fixture has changed.');
    const later = {
      ...structuredClone(first),
      id: 'meeting-31',
      number: 31,
      date: '2016-04-14',
      agendaItems: [],
      minuteBlocks: [],
      attendance: [],
      amendments: [],
    };
    // Given first in the list, though at the later meeting: the log orders by meeting.
    body.meetings.push(later);
    body.actionUpdates.unshift({
      ...given,
      id: 'closing-update',
      meetingId: later.id,
      text: 'Published; the action is closed.',
      closes: true,
    });
    actionOf(body, 'SECP22/08').status = 'closed';
    const row = records(buildActionLogTable(body, entriesOf(body), 'public')).find(
      (r) => r['Reference'] === 'SECP22/08',
    );
    expect(row).toMatchObject({
      Status: 'Closed',
      'Closed at': 'Meeting 31',
      // Raised 13 August 2015, closed 14 April 2016.
      'Days open': '245',
      'Days overdue': '',
      Updates: [
        `Meeting 30 (10 March 2016): ${given.text}`,
        'Meeting 31 (14 April 2016), closed the action: Published; the action is closed.',
      ].join('\n'),
    });
  });

  it('holds only the entries the filter let through', () => {
    const body = bodyOf(loadFixture());
    const filter = { ...noFilter, owner: 'DCC' };
    expect(refs(buildActionLogTable(body, entriesOf(body, filter), 'confidential'))).toEqual([
      'SECP30/10',
    ]);
    // DCC's one action is confidential: the public log of that filter is empty.
    expect(buildActionLogTable(body, entriesOf(body, filter), 'public').rows).toEqual([]);
  });

  it('leaves out of the public log an action no longer among the body’s records', () => {
    const body = bodyOf(loadFixture());
    const entries = entriesOf(body);
    const gone = actionOf(body, 'SECP30/01');
    body.actions = body.actions.filter((a) => a !== gone);
    expect(refs(buildActionLogTable(body, entries, 'public'))).not.toContain('SECP30/01');
  });
});

describe('a cell’s text', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")'],
    ['+44 20 7946 0000'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['  =1+1'],
    ['\n=1+1'],
  ])('makes %j inert with a leading apostrophe', (typed) => {
    const { text } = cellText(typed);
    expect(text.startsWith("'")).toBe(true);
    expect(text.slice(1)).toBe(typed.replace(/\r\n?/g, '\n'));
  });

  it.each([['a=b'], ['SECP30/01'], ['Total: =5'], [''], ['’=quoted']])(
    'leaves %j as typed',
    (t) => {
      expect(cellText(t)).toEqual({ text: t, cut: false });
    },
  );

  it('neutralises every typed field of a row, not only the action', () => {
    const body = bodyOf(loadFixture());
    const action = actionOf(body, 'SECP30/01');
    action.owner = '@owner';
    action.text = '=cmd|"/c calc"!A1';
    const table = buildActionLogTable(body, entriesOf(body), 'public');
    const row = records(table).find((r) => r['Reference'] === 'SECP30/01');
    expect(row?.['Owner']).toBe("'@owner");
    expect(row?.['Action']).toBe('\'=cmd|"/c calc"!A1');
  });

  it('drops what XML cannot carry, as the minutes do, and keeps any Unicode', () => {
    const typed = 'a\u0001b\u007f\u0085c\r\nd\re \uD800f 😀 Zoë 東京 مرحبا \u0301';
    expect(cellText(typed).text).toBe('abc\nd\ne f 😀 Zoë 東京 مرحبا \u0301');
  });

  it('cuts a text longer than a cell holds, visibly, never inside a character', () => {
    const long = cellText('x'.repeat(40_000));
    expect(long.cut).toBe(true);
    expect(long.text).toHaveLength(cellLimit);
    expect(long.text.endsWith(cutMarker)).toBe(true);

    const emoji = cellText('😀'.repeat(20_000)).text;
    expect(emoji.length).toBeLessThanOrEqual(cellLimit);
    const kept = emoji.slice(0, -cutMarker.length);
    expect(kept).toBe('😀'.repeat(kept.length / 2));

    expect(cellText('y'.repeat(cellLimit))).toEqual({ text: 'y'.repeat(cellLimit), cut: false });
    const inert = cellText(`=${'z'.repeat(cellLimit)}`);
    expect(inert.text.startsWith("'=")).toBe(true);
    expect(inert.text).toHaveLength(cellLimit);
  });

  it('names the actions whose texts were cut', () => {
    const body = bodyOf(loadFixture());
    actionOf(body, 'SECP30/01').text = 'w '.repeat(20_000);
    const table = buildActionLogTable(body, entriesOf(body), 'confidential');
    expect(table.cut).toEqual(['SECP30/01']);
    for (const row of table.rows)
      for (const cell of row) expect(cell.text.length).toBeLessThanOrEqual(cellLimit);
  });
});
