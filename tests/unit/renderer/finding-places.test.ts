import { describe, expect, it } from 'vitest';
import type { Place } from '../../../src-renderer/minutes';
import { meetingPlaceTarget } from '../../../src-renderer/features/export/finding-places';
import { blockElementId, itemElementId } from '../../../src-renderer/features/shared/reveal';

const place = (over: Partial<Place>): Place => ({
  key: 'block:b1',
  label: 'paragraph 1 of item 1',
  itemId: null,
  blockId: null,
  actionId: null,
  ...over,
});

describe('meetingPlaceTarget', () => {
  it('opens a block or an item of the minutes at that element', () => {
    expect(meetingPlaceTarget(place({ itemId: 'i1', blockId: 'b1' }), 'm1', 'body1')).toEqual({
      href: '/meetings/m1/minutes',
      element: blockElementId('b1'),
    });
    expect(meetingPlaceTarget(place({ key: 'title:i1', itemId: 'i1' }), 'm1', 'body1')).toEqual({
      href: '/meetings/m1/minutes',
      element: itemElementId('i1'),
    });
  });

  it('opens the agenda for a presenter or paper, the action log for an action', () => {
    for (const key of ['presenter:i1', 'paper:i1:0'])
      expect(meetingPlaceTarget(place({ key, itemId: 'i1' }), 'm1', 'body1')).toEqual({
        href: '/meetings/m1',
        element: null,
      });
    expect(meetingPlaceTarget(place({ key: 'action:a1', actionId: 'a1' }), 'm1', 'body1')).toEqual({
      href: '/bodies/body1/actions',
      element: null,
    });
  });

  it('opens the attendance for an attendance place, and nothing for a place without a screen', () => {
    expect(meetingPlaceTarget(place({ key: 'attendance:x' }), 'm1', 'body1')).toEqual({
      href: '/meetings/m1/attendance',
      element: null,
    });
    expect(meetingPlaceTarget(place({ key: 'meeting:venue' }), 'm1', 'body1')).toBeNull();
  });
});
