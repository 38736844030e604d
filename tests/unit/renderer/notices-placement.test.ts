import { describe, expect, it } from 'vitest';
import {
  clearPlace,
  overlap,
  type Box,
  type NoticePlace,
} from '../../../src-renderer/features/shared/notices-placement';

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

// A 1366×768 window with a 400×120 notice region in each corner, 16 px in.
const corners: { place: NoticePlace; box: Box }[] = [
  { place: 'bottom-right', box: box(950, 632, 400, 120) },
  { place: 'top-right', box: box(950, 16, 400, 120) },
  { place: 'bottom-left', box: box(16, 632, 400, 120) },
  { place: 'top-left', box: box(16, 16, 400, 120) },
];

describe('overlap', () => {
  it('is the shared area, and nothing for boxes that only touch', () => {
    expect(overlap(box(0, 0, 10, 10), box(5, 5, 10, 10))).toBe(25);
    expect(overlap(box(0, 0, 10, 10), box(10, 0, 10, 10))).toBe(0);
    expect(overlap(box(0, 0, 10, 10), box(50, 50, 10, 10))).toBe(0);
  });
});

describe('clearPlace', () => {
  it('keeps the usual corner when nothing is focused or the focus is elsewhere', () => {
    expect(clearPlace(corners, null)).toBe('bottom-right');
    expect(clearPlace(corners, box(300, 300, 200, 40))).toBe('bottom-right');
  });

  it('moves off a field at the bottom right, to the first corner clear of it', () => {
    const dueField = box(1000, 680, 200, 40);
    expect(clearPlace(corners, dueField)).toBe('top-right');
  });

  it('goes left of a form that fills the right-hand side', () => {
    const guestForm = box(900, 0, 466, 768);
    expect(clearPlace(corners, guestForm)).toBe('bottom-left');
  });

  it('covers as little as it can when every corner touches the field', () => {
    const tall = box(0, 100, 1366, 600); // overlaps each corner: 36 px at the top, 68 at the bottom
    expect(clearPlace(corners, tall)).toBe('top-right');
  });
});
