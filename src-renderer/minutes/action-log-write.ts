import type { ArchiveBody } from '../domain';
import { actionLogCsv } from './action-log-csv';
import { buildActionLogTable, type LogRowSource } from './action-log-export';
import { guardActionLog } from './action-log-guard';
import { actionLogXlsx, sheetName, workbookCreator } from './action-log-xlsx';
import type { Variant } from './document';
import { docxUnits } from './guard';
import { sanitizeLine } from './sanitize';

export type LogFormat = 'csv' | 'xlsx';

/** A written action log: its bytes, how many actions it holds, and which were cut. */
export interface WrittenLog {
  bytes: Uint8Array;
  rows: number;
  /** References of the actions a text of which was cut at a spreadsheet cell's limit. */
  cut: string[];
}

/** "SEC Panel action log (public)": the workbook's title, and the file's name before cleaning. */
export function actionLogTitle(bodyName: string, variant: Variant): string {
  return `${sanitizeLine(bodyName).trim()} action log (${variant})`;
}

/**
 * Writes the log's entries (filtered, in the screen's order) in one variant and format. A
 * public file is handed over only after the leak guard has found nothing it may not say in
 * its cells — and, for a workbook, in every part of the written package read back — else
 * this throws the guard's `ActionLogLeakError`, listing every finding.
 */
export async function writeActionLog(
  body: ArchiveBody,
  entries: readonly LogRowSource[],
  variant: Variant,
  format: LogFormat,
): Promise<WrittenLog> {
  const table = buildActionLogTable(body, entries, variant);
  const summary = { rows: table.rows.length, cut: table.cut };
  if (format === 'csv') {
    // The CSV carries the cells and nothing else: they are what the guard reads.
    if (variant === 'public') guardActionLog(body, table);
    return { bytes: actionLogCsv(table), ...summary };
  }
  const title = actionLogTitle(body.name, variant);
  const bytes = await actionLogXlsx(table, title);
  if (variant === 'public') {
    const wording = [title, sheetName, workbookCreator, 'Microsoft Excel Worksheets false'];
    guardActionLog(body, table, { units: await docxUnits(bytes), wording });
  }
  return { bytes, ...summary };
}
