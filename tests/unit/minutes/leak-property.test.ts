import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { build, outcomeOf, randomPlans } from './leak-cases';

// Property: random meetings — trees of items and sub-items, random flags, actions raised
// anywhere and updated at the next meeting, any Unicode — read through the archive reader and
// written as public DOCX and PDF, read back from the files. No text written under a confidential item or flag may appear in
// them, and a body with nothing confidential is never refused. Each text carries a marker
// word of its own, so where it went can be found whatever Unicode surrounds it.

const runs = { numRuns: 200, seed: 20161110 };
// Each case writes four files and reads them back: some 0.2 s a case on an idle machine.
const timeout = 600_000;

describe('public minutes of random meetings', () => {
  it(
    'carry no text written under a confidential item or flag, and every public one',
    async () => {
      await fc.assert(
        fc.asyncProperty(randomPlans(true), async (plans) => {
          expect(await outcomeOf(plans)).toBe('ok');
        }),
        runs,
      );
    },
    timeout,
  );

  it(
    'are never refused when nothing is confidential',
    async () => {
      await fc.assert(
        fc.asyncProperty(randomPlans(false), async (plans) => {
          expect(build(plans).secret).toEqual([]);
          expect(await outcomeOf(plans)).toBe('ok');
        }),
        runs,
      );
    },
    timeout,
  );
});
