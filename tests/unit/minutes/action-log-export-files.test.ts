import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { rowsFromArchiveBody, type Archive, type ArchiveBody } from '../../../src-renderer/domain';
import { exportEntries, noFilter } from '../../../src-renderer/features/actions/log-entries';
import { writeActionLog } from '../../../src-renderer/minutes';
import { actionLogCsv, csvField, csvText } from '../../../src-renderer/minutes/action-log-csv';
import {
  buildActionLogTable,
  cellLimit,
  cutMarker,
  type ActionLogTable,
} from '../../../src-renderer/minutes/action-log-export';
import {
  actionLogXlsx,
  loadExcel,
  sheetName,
  xlsxText,
} from '../../../src-renderer/minutes/action-log-xlsx';
import { loadFixture } from './minutes-support';

// The two writers: CSV by RFC 4180 in UTF-8 with a byte order mark, XLSX by ExcelJS; each
// read back must give the table's cells, whatever the texts hold.

const today = '2016-05-01';

function bodyOf(archive: Archive): ArchiveBody {
  const body = archive.bodies[0];
  if (!body) throw new Error('The fixture has no body.');
  return body;
}

const entriesOf = (body: ArchiveBody) => exportEntries(rowsFromArchiveBody(body), noFilter, today);

function actionOf(body: ArchiveBody, reference: string) {
  const action = body.actions.find((a) => a.reference === reference);
  if (!action) throw new Error(`The fixture has no ${reference}.`);
  return action;
}

/** A strict RFC 4180 reader, to read back what the writer wrote. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error('unclosed quote');
        field += text.slice(i, quote);
        i = quote + 1;
        if (text[i] !== '"') break;
        field += '"';
        i += 1;
      }
    } else {
      const end = text.slice(i).search(/,|\r\n/u);
      const stop = end < 0 ? text.length : i + end;
      field += text.slice(i, stop);
      if (/["\r\n]/u.test(text.slice(i, stop))) throw new Error('bare quote or line break');
      i = stop;
    }
    if (text.startsWith(',', i)) {
      fields.push(field);
      field = '';
      i += 1;
    } else if (text.startsWith('\r\n', i) || i >= text.length) {
      fields.push(field);
      records.push(fields);
      fields = [];
      field = '';
      i += 2;
    } else throw new Error(`unexpected text at ${String(i)}`);
  }
  return records;
}

/** A table with texts that trouble writers: quoting, formulas, control characters, length. */
function awkwardBody(): ArchiveBody {
  const body = bodyOf(loadFixture());
  const first = actionOf(body, 'SECP30/01');
  first.text = 'He said "no", then: a, b\r\nand c\nand_x0041_ stays, as does _X00e9_';
  first.owner = '=HYPERLINK("http://evil.example","click")';
  actionOf(body, 'SECP30/02').text =
    `Zoë’s 東京 مرحبا 😀 e\u0301 \u0007bell\u0000nul ${'long '.repeat(8000)}`;
  actionOf(body, 'SECP30/03').text = '+SUM(1,2)';
  actionOf(body, 'SECP30/04').text = '-1';
  actionOf(body, 'SECP30/05').text = '@cmd';
  return body;
}

const texts = (table: ActionLogTable) => [
  table.columns.map((c) => c.title),
  ...table.rows.map((row) => row.map((c) => c.text)),
];

describe('a CSV field', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rhere', '"cr\rhere"'],
    ['crlf\r\n', '"crlf\r\n"'],
    ["'=1+1", "'=1+1"],
    ['Zoë 😀', 'Zoë 😀'],
  ])('%j is written %j', (text, written) => {
    expect(csvField(text)).toBe(written);
  });

  it('ends every record with CR LF', () => {
    expect(csvText([['a', 'b,c'], ['d']])).toBe('a,"b,c"\r\nd\r\n');
  });
});

describe('the CSV file', () => {
  it('starts with a UTF-8 byte order mark, then the column titles', () => {
    const body = bodyOf(loadFixture());
    const bytes = actionLogCsv(buildActionLogTable(body, entriesOf(body), 'public'));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFReference,Owner,Action,Raised at,Raised on,Due,Status,Closed at,Days open,Days overdue,Updates',
    );
  });

  it('reads back as the table’s cells, whatever the texts hold', async () => {
    const body = awkwardBody();
    const table = buildActionLogTable(body, entriesOf(body), 'confidential');
    const written = await writeActionLog(body, entriesOf(body), 'confidential', 'csv');
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(written.bytes);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(text.slice(1))).toEqual(texts(table));
    expect(written).toMatchObject({ rows: 16, cut: ['SECP30/02'] });

    const records = parseCsv(text.slice(1));
    const owner = records.find((r) => r[0] === 'SECP30/01')?.[1];
    expect(owner).toBe('\'=HYPERLINK("http://evil.example","click")');
    for (const record of records)
      for (const field of record) expect(field).not.toMatch(/^[\s]*[=+\-@]|^[\t\r]/u);
  });
});

describe('the XLSX file', () => {
  it('escapes what Excel would read as a character code', () => {
    expect(xlsxText('a_x0041_b _X00e9_ _x12_ x0041_')).toBe(
      'a_x005F_x0041_b _x005F_X00e9_ _x12_ x0041_',
    );
  });

  it('reads back as the table’s cells, dates and numbers as values', async () => {
    const body = awkwardBody();
    const table = buildActionLogTable(body, entriesOf(body), 'confidential');
    const bytes = await actionLogXlsx(table, 'SEC Panel action log (confidential)');
    const { Workbook } = await loadExcel();
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.title).toBe('SEC Panel action log (confidential)');
    expect(workbook.creator).toBe('Minutebook');
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet) throw new Error('no sheet');
    expect(sheet.rowCount).toBe(table.rows.length + 1);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = table.columns.map((_, i) => sheet.getRow(1).getCell(i + 1).value);
    expect(header).toEqual(table.columns.map((c) => c.title));
    table.rows.forEach((cells, r) => {
      const row = sheet.getRow(r + 2);
      cells.forEach((cell, c) => {
        const value = row.getCell(c + 1).value;
        if (cell.kind === 'number') expect(value).toBe(cell.value);
        else if (cell.kind === 'date') expect(value).toEqual(new Date(`${cell.iso}T00:00:00Z`));
        else expect(value ?? '').toBe(cell.text);
      });
    });
    // A formula-like text is a string cell, never a formula.
    const xml = await (
      await JSZip.loadAsync(bytes)
    )
      .file('xl/worksheets/sheet1.xml')
      ?.async('string');
    expect(xml).not.toContain('<f>');
  });

  it('holds a text longer than a cell allows, cut, and the file still opens', async () => {
    const body = bodyOf(loadFixture());
    actionOf(body, 'SECP30/01').text = `${'ü'.repeat(cellLimit)} and more`;
    const written = await writeActionLog(body, entriesOf(body), 'public', 'xlsx');
    expect(written.cut).toEqual(['SECP30/01']);
    const { Workbook } = await loadExcel();
    const workbook = new Workbook();
    await workbook.xlsx.load(written.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(sheetName);
    const cell = sheet?.getColumn(1).values.findIndex((v) => v === 'SECP30/01');
    const text = sheet?.getRow(cell ?? 0).getCell(3).value;
    if (typeof text !== 'string') throw new Error('expected a text cell');
    expect(text).toHaveLength(cellLimit);
    expect(text.endsWith(cutMarker)).toBe(true);
  });
});
