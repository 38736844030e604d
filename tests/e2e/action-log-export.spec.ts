import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createBodyAndMeeting } from './support/ui';

// The action log leaves the app as CSV and XLSX, as the screen filters it, in a confidential
// and a public variant; the public files hold no confidential action, and a public text that
// repeats confidential wording stops the public export. Importing the reference archive and
// four downloads take longer than the default on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

const fixture = fileURLToPath(new URL('../fixtures/sec-panel-30.archive.json', import.meta.url));

/** One action as the screen shows it, in the files' terms. */
interface ShownRow {
  reference: string;
  owner: string;
  action: string;
  raisedAt: string;
  /** ISO dates, read from "10 Mar 2016". */
  raisedOn: string;
  due: string;
  status: string;
  daysOpen: number;
  /** "Meeting 30 2016-03-10: text", oldest first. */
  updates: string[];
  confidential: boolean;
}

const months = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

/** "10 Mar 2016" or "10 March 2016" → "2016-03-10"; anything else as it is. */
function isoOf(text: string): string {
  const match = /^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})$/u.exec(text.trim());
  if (!match) return text.trim();
  const [, day = '', month = '', year = ''] = match;
  const m = months.indexOf(month.toLowerCase()) + 1;
  return `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The log's rows on screen, each action's updates opened and read. */
async function shownRows(page: Page): Promise<ShownRow[]> {
  // Each opened row's button turns to "Hide …": open the first closed one until none is left.
  const closed = page.getByTestId('log-row').getByRole('button', { name: /^Show \d+ update/ });
  for (let left = await closed.count(); left > 0; left -= 1) {
    await closed.first().click();
    await expect(closed).toHaveCount(left - 1);
  }
  return page
    .locator('table.log-table')
    .evaluate((table) => {
      const text = (el: Node | null | undefined) => (el?.textContent ?? '').trim();
      const out: unknown[] = [];
      for (const row of table.querySelectorAll('tr[data-testid="log-row"]')) {
        const cells = row.querySelectorAll(':scope > td');
        const th = row.querySelector(':scope > th');
        const history = row.nextElementSibling?.classList.contains('updates-row')
          ? [...row.nextElementSibling.querySelectorAll('li')].map((li) => ({
              when: text(li.querySelector('.history-when')),
              what: text(li.querySelector('.history-text')?.firstChild),
            }))
          : [];
        out.push({
          reference: text(th?.firstChild),
          confidential: th?.querySelector('.act-tag-confidential') !== null,
          owner: text(cells[0]),
          action: text(cells[1]),
          raisedAt: text(cells[2]?.querySelector('a, .muted')),
          raisedOn: text(cells[2]?.querySelector('.act-sub')),
          due: text(cells[3]),
          status: text(cells[4]?.querySelector('.act-tag')),
          daysOpen: Number(text(cells[5]).replaceAll(',', '')),
          history,
        });
      }
      return out as {
        reference: string;
        confidential: boolean;
        owner: string;
        action: string;
        raisedAt: string;
        raisedOn: string;
        due: string;
        status: string;
        daysOpen: number;
        history: { when: string; what: string }[];
      }[];
    })
    .then((rows) =>
      rows.map(({ history, ...row }) => ({
        ...row,
        raisedAt: row.raisedAt === 'earlier' ? 'Earlier' : row.raisedAt,
        raisedOn: isoOf(row.raisedOn),
        due: row.due === '—' ? '' : isoOf(row.due),
        updates: history.map(({ when, what }) => {
          const [meeting = '', date = ''] = when.split(' · ');
          return `${meeting} ${isoOf(date)}: ${what}`;
        }),
      })),
    );
}

/** A file's rows in the same terms, from its header and records of texts or values. */
function fileRows(records: readonly (readonly unknown[])[]): Omit<ShownRow, 'confidential'>[] {
  const [header = [], ...rows] = records;
  const at = (title: string) => {
    const i = header.indexOf(title);
    if (i < 0) throw new Error(`no column ${title}`);
    return i;
  };
  const text = (row: readonly unknown[], title: string): string => {
    const value = row[at(title)];
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (value === null || value === undefined) return '';
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    throw new Error(`an unexpected cell: ${JSON.stringify(value)}`);
  };
  return rows.map((row) => ({
    reference: text(row, 'Reference'),
    owner: text(row, 'Owner'),
    action: text(row, 'Action'),
    raisedAt: text(row, 'Raised at'),
    raisedOn: isoOf(text(row, 'Raised on')),
    due: isoOf(text(row, 'Due')),
    status: text(row, 'Status'),
    daysOpen: Number(text(row, 'Days open')),
    updates: text(row, 'Updates')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => {
        const match = /^(Meeting \d+) \(([^)]+)\)(?:, [a-z ]+)*: (.*)$/su.exec(line);
        if (!match) throw new Error(`an update line reads ${line}`);
        const [, meeting = '', date = '', what = ''] = match;
        return `${meeting} ${isoOf(date)}: ${what}`;
      }),
  }));
}

/** A strict RFC 4180 reader. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') {
      if (field !== '') throw new Error('a quote inside an unquoted field');
      quoted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      fields.push(field);
      records.push(fields);
      fields = [];
      field = '';
      i += 1;
    } else if (c === '\n' || c === '\r') throw new Error('a bare line break');
    else field += c;
  }
  if (quoted || field !== '' || fields.length > 0) throw new Error('the last record is not ended');
  return records;
}

/** Chooses the variant, exports in a format, and returns the downloaded file's bytes. */
async function download(page: Page, variant: 'Public' | 'Confidential', format: 'CSV' | 'XLSX') {
  const panel = page.getByRole('region', { name: 'Export the log' });
  await panel.getByRole('radio', { name: new RegExp(`^${variant}`) }).check();
  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: `Export ${format}` }).click();
  const file = await downloading;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

function csvRecords(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  return parseCsv(text.slice(1));
}

async function xlsxRecords(bytes: Buffer): Promise<unknown[][]> {
  // ExcelJS is CommonJS: under Node its exports arrive as the default export.
  const excel = (await import('exceljs')) as unknown as { default: typeof import('exceljs') };
  const workbook = new excel.default.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Action log');
  if (!sheet) throw new Error('no sheet named Action log');
  const records: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values: unknown[] = [];
    for (let c = 1; c <= sheet.columnCount; c += 1) values.push(row.getCell(c).value);
    records.push(values);
  });
  return records;
}

/** A row shown, without what only the screen says (whether it is confidential). */
function without(row: ShownRow): Omit<ShownRow, 'confidential'> {
  const copy: Partial<ShownRow> = { ...row };
  delete copy.confidential;
  return copy as Omit<ShownRow, 'confidential'>;
}

test('the filtered action log exports as CSV and XLSX, public and confidential, as shown', async ({
  page,
}) => {
  await createBodyAndMeeting(page, 'Test Board');
  await page.getByRole('link', { name: 'Test Board' }).click();
  await page.getByLabel('Archive file to import').setInputFiles(fixture);
  await expect(page.getByRole('heading', { level: 1, name: /SEC Panel/ })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Body' })
    .getByRole('link', { name: 'Action log' })
    .click();
  await expect(page.getByRole('heading', { name: 'Action log' })).toBeVisible();

  const filters = page.getByRole('search', { name: 'Filter the action log' });
  await filters.getByLabel('Owner').selectOption('SECAS');
  await expect(page.getByText('Showing 15 of 16 actions.')).toBeVisible();
  const shown = await shownRows(page);
  expect(shown).toHaveLength(15);
  expect(shown.every((r) => r.owner === 'SECAS')).toBe(true);
  const secret = shown.filter((r) => r.confidential).map((r) => r.reference);
  expect(secret.sort()).toEqual(['SECP28/03', 'SECP30/09']);
  const open = shown.filter((r) => r.updates.length > 0);
  expect(open.length).toBeGreaterThan(0);

  const violations = (await new AxeBuilder({ page }).analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(violations.map((v) => v.id)).toEqual([]);

  // The confidential files: every row shown, with every update.
  const confidentialCsv = await download(page, 'Confidential', 'CSV');
  expect(confidentialCsv.name).toBe('SEC Panel action log (confidential).csv');
  expect(fileRows(csvRecords(confidentialCsv.bytes))).toEqual(shown.map(without));
  const confidentialXlsx = await download(page, 'Confidential', 'XLSX');
  expect(confidentialXlsx.name).toBe('SEC Panel action log (confidential).xlsx');
  const confidentialBook = await xlsxRecords(confidentialXlsx.bytes);
  expect(fileRows(confidentialBook)).toEqual(shown.map(without));
  expect(JSON.stringify(confidentialBook)).toContain('CANARY');

  // The public files: the rows shown less the confidential actions, and nothing of theirs.
  const publicRows = shown
    .filter((r) => !r.confidential)
    .map(without)
    .map((r) => ({ ...r, updates: r.updates.filter((u) => !u.includes('CANARY')) }));
  expect(publicRows).toHaveLength(13);
  const publicCsv = await download(page, 'Public', 'CSV');
  expect(publicCsv.name).toBe('SEC Panel action log (public).csv');
  const csvRows = csvRecords(publicCsv.bytes);
  expect(fileRows(csvRows)).toEqual(publicRows);
  const publicXlsx = await download(page, 'Public', 'XLSX');
  expect(publicXlsx.name).toBe('SEC Panel action log (public).xlsx');
  const book = await xlsxRecords(publicXlsx.bytes);
  expect(fileRows(book)).toEqual(publicRows);
  for (const records of [csvRows, book]) {
    const all = JSON.stringify(records);
    for (const reference of secret) expect(all).not.toContain(reference);
    expect(all).not.toMatch(/CANARY|Northwind|Defaulting Party/u);
  }

  // A public action that repeats confidential wording: the public export is refused, with
  // the leak guard's findings, and nothing is downloaded.
  const row = page.getByTestId('log-row').filter({ hasText: 'SECP22/04' });
  await row.getByRole('button', { name: 'Correct SECP22/04' }).click();
  const form = page.getByRole('form', { name: /SECP22\/04/ });
  await form
    .getByLabel('Action', { exact: true })
    .fill('check that Northwind Energy Supply Ltd remained in default of its payments of Charges');
  await form.getByRole('button', { name: /^Save/ }).click();
  await expect(row).toContainText('remained in default');
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  const panel = page.getByRole('region', { name: 'Export the log' });
  await panel.getByRole('radio', { name: /^Public/ }).check();
  await panel.getByRole('button', { name: 'Export CSV' }).click();
  const refusal = panel.getByRole('alert');
  await expect(refusal).toContainText('The public action log was not exported');
  await expect(refusal.getByRole('listitem').first()).toContainText(
    'Action SECP22/04 repeats “that northwind energy supply ltd remained in default of” from paragraph 1 of item 2 (meeting 30), which is confidential.',
  );
  await expect(
    refusal.getByRole('link', { name: /^Open confidential paragraph 1 of item 2/ }),
  ).toBeVisible();
  expect(downloads).toBe(0);
  // The confidential file is still there to be had.
  const still = await download(page, 'Confidential', 'CSV');
  expect(still.bytes.toString('utf8')).toContain('remained in default');
});
