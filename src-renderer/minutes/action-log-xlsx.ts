import type { Workbook } from 'exceljs';
import type { ActionLogTable, LogCell } from './action-log-export';

/**
 * The action log as an Excel workbook (ExcelJS): one sheet, the column titles bold and frozen
 * with a filter on them, long texts wrapped, dates as dates and day counts as numbers so that
 * they sort. ExcelJS is loaded on the first XLSX export, not with the app.
 */

/** The one sheet's name. */
export const sheetName = 'Action log';
/** Who the workbook says made it. */
export const workbookCreator = 'Minutebook';
/** "d mmmm yyyy": dates show as the minutes print them, "10 March 2016". */
const dateFormat = 'd mmmm yyyy';

type ExcelModule = typeof import('exceljs');

/** ExcelJS, fetched once; its browser build is a CommonJS bundle whose exports are its default. */
export async function loadExcel(): Promise<ExcelModule> {
  const loaded = (await import('exceljs')) as ExcelModule & { default?: ExcelModule };
  return loaded.default ?? loaded;
}

/**
 * A text as a shared string must hold it: Excel reads "_x0041_" in a cell as "A", so the "_"
 * that starts such a sequence is itself written as its escape, "_x005F_".
 */
export function xlsxText(text: string): string {
  return text.replace(/_(?=x[0-9a-f]{4}_)/giu, '_x005F_');
}

function cellValue(cell: LogCell): string | number | Date | null {
  if (cell.kind === 'number') return cell.value;
  if (cell.kind === 'date') {
    const [y = 0, m = 1, d = 1] = cell.iso.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return Number.isNaN(date.getTime()) ? xlsxText(cell.text) : date;
  }
  return cell.text === '' ? null : xlsxText(cell.text);
}

function fill(workbook: Workbook, table: ActionLogTable, title: string): void {
  workbook.creator = workbookCreator;
  workbook.lastModifiedBy = workbookCreator;
  workbook.title = title;
  const sheet = workbook.addWorksheet(sheetName, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
  });
  sheet.columns = table.columns.map((c) => ({
    header: c.title,
    width: c.width,
    style: { alignment: { vertical: 'top', wrapText: c.wrap } },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  for (const cells of table.rows) {
    const row = sheet.addRow(cells.map(cellValue));
    cells.forEach((cell, i) => {
      if (cell.kind === 'text') return;
      row.getCell(i + 1).numFmt = cell.kind === 'date' ? dateFormat : '#,##0';
    });
  }
}

/** The table as an XLSX file's bytes; `title` goes in the workbook's properties. */
export async function actionLogXlsx(table: ActionLogTable, title: string): Promise<Uint8Array> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  fill(workbook, table, title);
  // Typed as Node's Buffer, which the renderer's types do not know: a Uint8Array either way.
  const written: unknown = await workbook.xlsx.writeBuffer();
  if (written instanceof Uint8Array) return new Uint8Array(written);
  if (written instanceof ArrayBuffer) return new Uint8Array(written);
  throw new Error('The spreadsheet library gave no bytes.');
}
