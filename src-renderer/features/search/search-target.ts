import type { SearchKind } from '../../domain/search-docs';
import type { SearchTarget } from '../../domain/search-results';
import { blockElementId, itemElementId } from '../shared/reveal';

/** The screen a result opens: the meeting's minutes, attendance or agenda, or the action log. */
export function hrefOf(target: SearchTarget): string {
  if (target.screen === 'actions' || target.meetingId === null)
    return `/bodies/${target.bodyId}/actions`;
  if (target.screen === 'attendance') return `/meetings/${target.meetingId}/attendance`;
  if (target.screen === 'agenda') return `/meetings/${target.meetingId}`;
  return `/meetings/${target.meetingId}/minutes`;
}

/** The element brought into view and focus there: the block, else the item's heading. */
export function elementOf(target: SearchTarget): string | null {
  if (target.screen !== 'minutes') return null;
  if (target.blockId !== null) return blockElementId(target.blockId);
  return target.itemId !== null ? itemElementId(target.itemId) : null;
}

/** What each kind of result is called beside it. */
export const kindNames: Readonly<Record<SearchKind, string>> = {
  item: 'Item',
  paragraph: 'Paragraph',
  note: 'Post-meeting note',
  decision: 'Decision',
  action: 'Action',
  update: 'Action update',
  attendance: 'Attendance',
  interest: 'Declaration of interest',
  amendment: 'Amendment',
};

/** True for the key that opens search on every screen: Ctrl+K (⌘K on a Mac). */
export function asksForSearch(event: {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}): boolean {
  const k = event.key.toLowerCase() === 'k' || event.code === 'KeyK';
  return k && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
}
