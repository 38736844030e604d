/**
 * The Actions Outstanding table: one row per update given at a meeting. Updates with the
 * same words for several actions share a row, whose reference reads as published minutes
 * write it: "SECP20/04, 23/08 & 28/06".
 */
export interface OutstandingUpdate {
  reference: string;
  text: string;
  /** True when this update closed the action: its reference is then written through the label. */
  closes?: boolean;
  /** The action's owner, written in place of a reference when the action has none. */
  owner?: string;
}

export interface OutstandingRow {
  references: string[];
  /** The references as one label, a shared prefix written once where that is unambiguous. */
  label: string;
  text: string;
}

/** The characters of `text` that are neither letters nor digits: "/" of "20/04". */
const separators = (text: string): string[] => text.match(/[^\p{L}\p{N}]/gu) ?? [];

/**
 * How `reference` is written after `first` in one label. The SEC Panel's house style writes
 * the shared letters once ("SECP20/04, 23/08 & 28/06"), which reads unambiguously only when
 * the shared prefix ends in a letter and what is left starts with a digit and still has a
 * separator the first's remainder has; anything else ("TCMP-2025-011" after "TCMP-2025-009",
 * whose "2025-011" reads as a new reference) is repeated whole.
 */
function shortened(first: string, reference: string): string {
  const prefix = /^\D+/u.exec(first)?.[0] ?? '';
  if (!/\p{L}$/u.test(prefix) || !reference.startsWith(prefix)) return reference;
  const rest = reference.slice(prefix.length);
  const firstSeparators = new Set(separators(first.slice(prefix.length)));
  const shared = separators(rest).some((s) => firstSeparators.has(s));
  return /^\d/u.test(rest) && shared ? rest : reference;
}

/**
 * The references of one row as one label: "SECP20/04, 23/08 & 28/06" where the leading
 * letters can be dropped unambiguously, each whole otherwise ("TCMP-2025-009 & TCMP-2025-011").
 */
export function joinReferences(references: readonly string[]): string {
  const [first, ...rest] = references;
  if (first === undefined) return '';
  const all = [first, ...rest.map((r) => shortened(first, r))];
  if (all.length === 1) return first;
  return `${all.slice(0, -1).join(', ')} & ${all[all.length - 1] ?? ''}`;
}

/**
 * How an update's action is named in the table: its reference, or its owner when it has none;
 * through the body's closed-action label ("{ref} – CLOSED") when the update closed it.
 */
function shownReference(update: OutstandingUpdate, closedLabel: string): string {
  const reference = update.reference === '' ? (update.owner ?? '').trim() : update.reference;
  return update.closes === true ? closedLabel.split('{ref}').join(reference) : reference;
}

/**
 * Groups updates with identical words (ignoring outer spaces) into rows, in first-seen order;
 * an update that closed its action shows its reference through `closedLabel`.
 */
export function outstandingRows(
  updates: readonly OutstandingUpdate[],
  closedLabel = '{ref}',
): OutstandingRow[] {
  const rows = new Map<string, { references: string[]; text: string }>();
  for (const update of updates) {
    const key = update.text.trim();
    const reference = shownReference(update, closedLabel);
    const row = rows.get(key);
    if (row) {
      if (!row.references.includes(reference)) row.references.push(reference);
    } else rows.set(key, { references: [reference], text: key });
  }
  return [...rows.values()].map((r) => ({ ...r, label: joinReferences(r.references) }));
}
