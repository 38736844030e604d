import { outstandingRows, type ArchiveBody, type OutstandingRow } from '../domain';
import type { DocBlock } from './document';
import type { Redacted } from './redact';

/** Typesets what the user typed (curly quotes, when the body says so); identity otherwise. */
type Typeset = (text: string) => string;

/** The heading of the outstanding actions when the body puts them after the minutes. */
export const outstandingAppendixHeading = 'Appendix: Actions outstanding';

/**
 * The reference cell of a row. Word may break a line after a hyphen, so a hyphenated reference
 * that follows another on a line could be split ("TCMP-2025-009 & TCMP-" / "2025-011"). Then
 * each reference starts a line of its own, whole, its separator bound to it by a no-break
 * space ("TCMP-2025-009 &" / "TCMP-2025-011"); the column is as wide as its widest word
 * (pdf/columns.ts), so no line needs a break inside. Other labels stay as joined.
 */
export function referenceCell(row: Pick<OutstandingRow, 'references' | 'label'>): string {
  const { references } = row;
  if (references.length < 2 || !references.some((r) => r.includes('-'))) return row.label;
  const last = references.length - 1;
  return references
    .map((r, i) => (i === last ? r : `${r}${i === last - 1 ? '\u00a0&' : ','}`))
    .join('\n');
}

/** The Actions Outstanding table of the updates a variant shows, or none when there are none. */
function outstandingTable(
  body: Pick<ArchiveBody, 'closedActionLabel'>,
  all: Redacted,
  typeset: Typeset,
): DocBlock[] {
  const rows = outstandingRows(
    all.updates.map(({ update, action }) => ({
      reference: action.reference,
      owner: action.owner,
      text: update.text,
      closes: update.closes,
    })),
    body.closedActionLabel,
  );
  if (rows.length === 0) return [];
  return [
    {
      kind: 'table',
      caption: 'Actions Outstanding',
      columns: [
        { title: 'Action Reference', width: 0.25 },
        { title: 'Update', width: 0.75 },
      ],
      // The reference column is never typeset: references stay exactly as issued.
      rows: rows.map((r) => [referenceCell(r), typeset(r.text)]),
    },
  ];
}

/**
 * Where the outstanding actions go, as the body's style says (`outstandingPlacement`): the
 * table inside the actions-outstanding item ('item'), after the closing summary of actions
 * under an unnumbered "Appendix: Actions outstanding" ('appendix'), or nowhere ('none', for
 * a body that keeps a separate tracker). `at` is where the builder asks.
 */
export function outstandingBlocks(
  body: Pick<ArchiveBody, 'outstandingPlacement' | 'closedActionLabel'>,
  at: 'item' | 'appendix',
  all: Redacted,
  typeset: Typeset,
): DocBlock[] {
  if (body.outstandingPlacement !== at) return [];
  const table = outstandingTable(body, all, typeset);
  if (at === 'item' || table.length === 0) return table;
  return [{ kind: 'heading', level: 1, number: '', text: outstandingAppendixHeading }, ...table];
}
