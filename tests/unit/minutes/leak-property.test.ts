import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { build, outcomeOf, randomPlans } from './leak-cases';

// Property: random meetings — trees of items and sub-items, random flags, actions raised
// anywhere and updated at the next meeting, any Unicode — read through the archive reader and
// built as public minutes. No text written under a confidential item or flag may appear in
// them, and a body with nothing confidential is never refused. Each text carries a marker
// word of its own, so where it went can be found whatever Unicode surrounds it.

const runs = { numRuns: 200, seed: 20161110 };

describe('public minutes of random meetings', () => {
  it('carry no text written under a confidential item or flag, and every public one', () => {
    fc.assert(
      fc.property(randomPlans(true), (plans) => {
        expect(outcomeOf(plans)).toBe('ok');
      }),
      runs,
    );
  });

  it('are never refused when nothing is confidential', () => {
    fc.assert(
      fc.property(randomPlans(false), (plans) => {
        expect(build(plans).secret).toEqual([]);
        expect(outcomeOf(plans)).toBe('ok');
      }),
      runs,
    );
  });
});
