import { describe, expect, it } from 'vitest';
import {
  addBlock,
  addItem,
  applyWrite,
  updateDecision,
  type DecisionPatch,
} from '../../../src-renderer/db';
import type { Vote } from '../../../src-renderer/domain';
import {
  approve,
  expectDataError,
  fakeContext,
  seedMeeting,
  snapshot,
  useTestDatabases,
} from './support';
import { getBlock } from '../../../src-renderer/db/block-store';

const open = useTestDatabases();

async function setUp() {
  const ctx = fakeContext(open());
  const { meetingId } = await seedMeeting(ctx);
  const itemId = await addItem(ctx, meetingId, { title: 'Budget' });
  const blockId = await addBlock(ctx, itemId, 'decisions', { text: 'the budget' });
  const read = async () => {
    const block = await getBlock(ctx.db, blockId);
    if (block?.kind !== 'decisions') throw new Error('expected a decisions block');
    const [decision] = block.decisions;
    if (!decision) throw new Error('expected a decision');
    return decision;
  };
  const decisionId = (await read()).id;
  return { ctx, meetingId, blockId, decisionId, read };
}

const counts = (f: number, a: number, ab: number): Vote => ({
  for: f,
  against: a,
  abstain: ab,
  forNames: [],
  againstNames: [],
  abstainNames: [],
});

const named = (forNames: string[], againstNames: string[], abstainNames: string[]): Vote => ({
  for: forNames.length,
  against: againstNames.length,
  abstain: abstainNames.length,
  forNames,
  againstNames,
  abstainNames,
});

describe('votes and dissent on a decision', () => {
  it('records a vote by counts, a named vote and a dissent, and clears them', async () => {
    const { ctx, blockId, decisionId, read } = await setUp();
    expect(await read()).toMatchObject({ vote: null, dissent: [] });
    await updateDecision(ctx, blockId, decisionId, { vote: counts(6, 2, 1) });
    expect((await read()).vote).toEqual(counts(6, 2, 1));
    const vote = named(['Helen Brooks', 'Tom Ray'], ['Ann Lee'], []);
    await updateDecision(ctx, blockId, decisionId, { vote, dissent: ['Ann Lee'] });
    expect(await read()).toMatchObject({ vote, dissent: ['Ann Lee'], text: 'the budget' });
    await updateDecision(ctx, blockId, decisionId, { vote: null, dissent: [] });
    expect(await read()).toMatchObject({ vote: null, dissent: [] });
  });

  it('refuses counts that are not whole numbers, named counts that miss, a name on two sides', async () => {
    const { ctx, blockId, decisionId } = await setUp();
    const before = await snapshot(ctx.db);
    const refused: [DecisionPatch, RegExp][] = [
      [{ vote: counts(1.5, 0, 0) }, /whole number/],
      [{ vote: counts(-1, 0, 0) }, /whole number/],
      [{ vote: counts(Number.NaN, 0, 0) }, /whole number/],
      [{ vote: { ...named(['A', 'B'], [], []), for: 3 } }, /counts its names/],
      [{ vote: { ...named([], ['A'], []), for: 2 } }, /counts its names/],
      [{ vote: named(['Helen Brooks'], [], ['helen  brooks']) }, /one side only/],
      [{ vote: named(['A', 'A'], [], []) }, /twice/],
      [{ vote: named([' '], [], []) }, /each name/],
      [{ dissent: ['Ann Lee', 'Ann Lee'] }, /twice/],
      [{ dissent: [''] }, /each name/],
    ];
    for (const [patch, message] of refused)
      await expectDataError(updateDecision(ctx, blockId, decisionId, patch), 'invalid', message);
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('writes through the field registry with compare-and-set', async () => {
    const { ctx, blockId, decisionId, read } = await setUp();
    const write = (patch: DecisionPatch, expected?: DecisionPatch) =>
      applyWrite(ctx, { op: 'updateDecision', id: blockId, decisionId, patch, expected });
    await write({ vote: counts(3, 0, 0) }, { vote: null });
    expect((await read()).vote).toEqual(counts(3, 0, 0));
    // Another window saw no vote: its write is refused, not laid over this one.
    await expectDataError(write({ vote: counts(1, 1, 0) }, { vote: null }), 'stale');
    await write({ dissent: ['Ann Lee'] }, { dissent: [] });
    await expectDataError(write({ dissent: ['Tom Ray'] }, { dissent: [] }), 'stale');
    expect(await read()).toMatchObject({ vote: counts(3, 0, 0), dissent: ['Ann Lee'] });
  });

  it('refuses a vote on approved minutes', async () => {
    const { ctx, meetingId, blockId, decisionId } = await setUp();
    await approve(ctx, meetingId);
    await expectDataError(
      updateDecision(ctx, blockId, decisionId, { vote: counts(1, 0, 0) }),
      'locked',
    );
  });
});
