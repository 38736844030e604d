import { mergeText, type Timestamp } from '../domain';
import type { DataContext } from './context';
import { applyChange, holds, storedFields, storedRow, type FieldWrite } from './field-writes';

/** A journal entry, as read back (journal.ts). */
export interface JournalEntry {
  /** The field edit; its values are checked again by the repository that applies it. */
  write: FieldWrite;
  at: Timestamp;
  /** The stored values the field's first unlanded edit replaced, when the writer said. */
  since?: Record<string, unknown>;
  /** Fingerprints of this field's earlier edits that had not landed when this one was made. */
  ours?: string[];
}

/**
 * Puts one edit back: 'applied', 'there' (the store has it already), or set aside with why.
 * By field: what counts is whether the edit's own fields changed since, not the record.
 */
export async function putBack(
  ctx: DataContext,
  entry: JournalEntry,
): Promise<'applied' | 'there' | { aside: string }> {
  const { write, at, since } = entry;
  const stored = await storedFields(ctx, write);
  if (stored === undefined) return { aside: 'What it changed no longer exists.' };
  if (holds(stored, write.patch)) return 'there';
  const now = fingerprint(Object.fromEntries(Object.keys(write.patch).map((k) => [k, stored[k]])));
  const at0 = stampedAt(ctx, at);
  // The field holds an earlier edit of this same window: the latest goes over it.
  if (entry.ours?.includes(now) === true) {
    await applyChange(at0, write);
    return 'applied';
  }
  if (since === undefined) {
    // The writer did not say what it replaced: a later change of the record wins.
    const row = await storedRow(ctx, write);
    if (row !== undefined && row.updatedAt > at) {
      return { aside: 'It was changed again later, in this window or another.' };
    }
    await applyChange(at0, write);
    return 'applied';
  }
  if (holds(stored, since)) {
    await applyChange(at0, write);
    return 'applied';
  }
  const merged = mergedPatch(write.patch, since, stored);
  if (merged === null) return { aside: 'The same words were changed since, elsewhere.' };
  await applyChange(at0, { ...write, patch: merged });
  return 'applied';
}

/** Each text field of the edit merged with the change made since; null if one cannot merge. */
function mergedPatch(
  patch: object,
  since: Record<string, unknown>,
  stored: Partial<Record<string, unknown>>,
): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  for (const [key, ours] of Object.entries(patch)) {
    const base = since[key];
    const theirs = stored[key];
    if (typeof ours !== 'string' || typeof base !== 'string' || typeof theirs !== 'string') {
      return null;
    }
    const merged = mergeText(base, ours, theirs);
    if (merged === null) return null;
    out[key] = merged;
  }
  return out;
}

/** A short fingerprint of field values (FNV-1a of their JSON), to recognise them again. */
export function fingerprint(values: object): string {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(values);
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(36)}:${String(text.length)}`;
}

/**
 * The context a journalled write runs with: the record is stamped with the time the edit was
 * journalled, not the time its transaction ran. Two writes of one field can overlap (the
 * second typed while the first is in flight, then the page unloads); stamped so, the first
 * can never look newer than the second at replay.
 */
export function stampedAt(ctx: DataContext, at: Timestamp): DataContext {
  return { ...ctx, now: () => at };
}
