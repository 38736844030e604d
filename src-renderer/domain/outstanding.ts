/**
 * The Actions Outstanding table: one row per update given at a meeting. Updates with the
 * same words for several actions share a row, whose reference reads as published minutes
 * write it: "SECP20/04, 23/08 & 28/06".
 */
export interface OutstandingUpdate {
  reference: string;
  text: string;
}

export interface OutstandingRow {
  references: string[];
  /** The references as one label, the shared prefix written once. */
  label: string;
  text: string;
}

/** "SECP20/04, 23/08 & 28/06": the leading non-digits of the first are not repeated. */
export function joinReferences(references: readonly string[]): string {
  const [first, ...rest] = references;
  if (first === undefined) return '';
  const prefix = /^\D+/u.exec(first)?.[0] ?? '';
  const short = rest.map((r) =>
    prefix !== '' && r.startsWith(prefix) && r.length > prefix.length ? r.slice(prefix.length) : r,
  );
  const all = [first, ...short];
  if (all.length === 1) return first;
  return `${all.slice(0, -1).join(', ')} & ${all[all.length - 1] ?? ''}`;
}

/** Groups updates with identical words (ignoring outer spaces) into rows, in first-seen order. */
export function outstandingRows(updates: readonly OutstandingUpdate[]): OutstandingRow[] {
  const rows = new Map<string, { references: string[]; text: string }>();
  for (const update of updates) {
    const key = update.text.trim();
    const row = rows.get(key);
    if (row) {
      if (!row.references.includes(update.reference)) row.references.push(update.reference);
    } else rows.set(key, { references: [update.reference], text: key });
  }
  return [...rows.values()].map((r) => ({ ...r, label: joinReferences(r.references) }));
}
