import { useCallback, useState } from 'react';
import { readBodyRows } from '../../db';
import { archiveFromRows, safeFileName, type Id } from '../../domain';
import type { Finding, LogFormat, Variant } from '../../minutes';
import { useReportError } from '../shared/use-report-error';
import { todayIso } from '../shared/dates';
import { useServices } from '../shell/app-context';
import { exportEntries, type LogFilter } from './log-entries';

/** Why the public log was not exported: the leak guard's findings, with their meetings. */
export interface LogRefusal {
  message: string;
  findings: readonly Finding[];
  /** Place key → the id of the meeting it belongs to. */
  meetingOf: ReadonlyMap<string, string>;
}

const formats: Record<LogFormat, { name: string; extension: string }> = {
  csv: { name: 'CSV (comma-separated values)', extension: 'csv' },
  xlsx: { name: 'Excel workbook', extension: 'xlsx' },
};

/** "SEC Panel action log (public).xlsx": a bare file name (see safeFileName). */
export function logFileName(bodyName: string, variant: Variant, format: LogFormat): string {
  const name = safeFileName(`${bodyName} action log (${variant})`, `Action log (${variant})`);
  return `${name}.${formats[format].extension}`;
}

const plural = (n: number, word: string) =>
  `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;

/**
 * Exports the action log as the screen filters it, as CSV or XLSX, confidential or public.
 * The body's rows are read once, so the file holds one consistent state; the writers (and
 * ExcelJS) are fetched on the first export, not with the app. A public file the leak guard
 * refuses is not saved: the refusal is kept for the screen to list.
 */
export function useLogExport(bodyId: Id, bodyName: string, filter: LogFilter) {
  const { db, platform, store } = useServices();
  const report = useReportError();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<LogRefusal | null>(null);
  /** References of the actions whose texts the last file cut at a cell's limit. */
  const [cut, setCut] = useState<readonly string[]>([]);

  const exportLog = useCallback(
    async (variant: Variant, format: LogFormat) => {
      setBusy(true);
      setRefusal(null);
      setCut([]);
      try {
        const minutes = await import('../../minutes');
        const rows = await readBodyRows(db, bodyId);
        const body = archiveFromRows([rows], new Date().toISOString()).bodies[0];
        if (body === undefined) throw new Error('This body no longer exists.');
        const entries = exportEntries(rows, filter, todayIso());
        let written;
        try {
          written = await minutes.writeActionLog(body, entries, variant, format);
        } catch (error) {
          if (!(error instanceof minutes.ActionLogLeakError)) throw error;
          const { message, findings, meetingOf } = error;
          setRefusal({ message, findings, meetingOf });
          return;
        }
        const result = await platform.saveFile({
          suggestedName: logFileName(bodyName, variant, format),
          bytes: written.bytes,
          filters: [{ name: formats[format].name, extensions: [formats[format].extension] }],
        });
        if (!result.ok) {
          if (result.reason !== 'cancelled')
            store.getState().notify({ tone: 'error', message: `Not saved: ${result.message}` });
          return;
        }
        const where = platform.kind === 'browser' ? 'downloaded as' : 'saved to';
        setCut(written.cut);
        store.getState().notify({
          tone: 'info',
          message: `The ${variant} action log (${plural(written.rows, 'action')}) was ${where} ${result.path}.`,
        });
      } catch (error) {
        report(error);
      } finally {
        setBusy(false);
      }
    },
    [bodyId, bodyName, db, filter, platform, report, store],
  );

  return { busy, refusal, cut, exportLog };
}
