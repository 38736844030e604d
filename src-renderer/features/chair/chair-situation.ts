import type { AgendaItem, Meeting, NumberedItem } from '../../domain';

type Numbered = NumberedItem<AgendaItem>;

/**
 * Where the meeting stands for the Chair, which decides what the main panel shows: the item
 * under discussion, or — when there is none — what comes next and how to get there.
 */
export type ChairSituation =
  | { kind: 'empty' }
  | { kind: 'not-started'; first: Numbered | undefined }
  | { kind: 'current'; current: Numbered; next: Numbered | undefined }
  | { kind: 'between'; next: Numbered }
  | { kind: 'agenda-done'; deferred: Numbered[] }
  | { kind: 'closed' };

/**
 * Reads the Chair's situation off the meeting's status and its numbered agenda. Only
 * top-level items are run (sub-items run inside their parent). "Between items" is a live
 * meeting with no current item and a pending one to take up; once none is pending the
 * agenda is done, whatever was deferred on the way (a deferred item can still be taken up).
 */
export function chairSituation(
  status: Meeting['status'],
  numbered: readonly Numbered[],
): ChairSituation {
  const top = numbered.filter((n) => n.depth === 0);
  const current = top.find((n) => n.item.status === 'current');
  const next = top.find((n) => n.item.status === 'pending');
  if (status === 'held' || status === 'approved') return { kind: 'closed' };
  if (status === 'draft')
    return numbered.length === 0 ? { kind: 'empty' } : { kind: 'not-started', first: next };
  if (current) return { kind: 'current', current, next };
  if (next) return { kind: 'between', next };
  return { kind: 'agenda-done', deferred: top.filter((n) => n.item.status === 'deferred') };
}
