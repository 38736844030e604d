import { outstandingRows, type ArchiveBody } from '../domain';
import type { DocBlock } from './document';
import type { Redacted } from './redact';

/** Typesets what the user typed (curly quotes, when the body says so); identity otherwise. */
type Typeset = (text: string) => string;

/** The heading of the outstanding actions when the body puts them after the minutes. */
export const outstandingAppendixHeading = 'Appendix: Actions outstanding';

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
      rows: rows.map((r) => [r.label, typeset(r.text)]),
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
