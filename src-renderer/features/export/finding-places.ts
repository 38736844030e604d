import type { Place } from '../../minutes';
import type { PlaceTarget } from '../shared/findings-list';
import { blockElementId, itemElementId } from '../shared/reveal';

/**
 * Where a place of a finding in a meeting's minutes or agenda is opened in the app, or null
 * when it has no screen of its own.
 */
export function meetingPlaceTarget(
  place: Place,
  meetingId: string,
  bodyId: string,
): PlaceTarget | null {
  // An item's presenter and paper references are set on the agenda.
  if (place.key.startsWith('presenter:') || place.key.startsWith('paper:'))
    return { href: `/meetings/${meetingId}`, element: null };
  if (place.itemId !== null) {
    const element =
      place.blockId !== null ? blockElementId(place.blockId) : itemElementId(place.itemId);
    return { href: `/meetings/${meetingId}/minutes`, element };
  }
  if (place.actionId !== null) return { href: `/bodies/${bodyId}/actions`, element: null };
  if (place.key.startsWith('attendance:'))
    return { href: `/meetings/${meetingId}/attendance`, element: null };
  return null;
}
