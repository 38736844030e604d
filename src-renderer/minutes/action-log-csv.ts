import type { ActionLogTable } from './action-log-export';

/**
 * The action log as CSV (RFC 4180): fields apart by commas, records ending in CR LF, a field
 * holding a comma, a double quote or a line break inside double quotes with each double quote
 * doubled. UTF-8 with a byte order mark, without which Excel reads accents as two characters.
 * No CSV library is among the app's packages, and quoting is all writing needs.
 */

/** One field as RFC 4180 writes it. */
export function csvField(text: string): string {
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Records as CSV text: a line per record, each ending in CR LF. */
export function csvText(records: readonly (readonly string[])[]): string {
  return records.map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('');
}

/** The table as a CSV file's bytes: the column titles, then a record per row. */
export function actionLogCsv(table: ActionLogTable): Uint8Array {
  const records = [
    table.columns.map((c) => c.title),
    ...table.rows.map((r) => r.map((c) => c.text)),
  ];
  return new TextEncoder().encode(`\uFEFF${csvText(records)}`);
}
