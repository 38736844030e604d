import { describe, expect, it } from 'vitest';
import {
  addBlock,
  addDecision,
  applyWrite,
  moveDecision,
  raiseAction,
  removeDecision,
  restoreDecision,
  updateDecision,
  WriteJournal,
} from '../../../src-renderer/db';
import { phraseDecisions } from '../../../src-renderer/domain';
import {
  expectDataError,
  fakeContext,
  MemoryStorage,
  seedTwoItems,
  type TestContext,
  useTestDatabases,
} from './support';
import { getBlock } from '../../../src-renderer/db/block-store';

const open = useTestDatabases();

function setUp(ctx: TestContext = fakeContext(open())) {
  return seedTwoItems(ctx);
}

describe('decisions', () => {
  async function withDecisions() {
    const s = await setUp();
    const blockId = await addBlock(s.ctx, s.itemId, 'decisions', {
      text: 'the contents of the paper',
    });
    const read = async () => {
      const block = await getBlock(s.ctx.db, blockId);
      if (block?.kind !== 'decisions') throw new Error('expected a decisions block');
      return block.decisions;
    };
    return { ...s, blockId, read };
  }

  it('adds, edits, reorders and removes decisions; the list reads as minutes do', async () => {
    const { ctx, blockId, read } = await withDecisions();
    const second = await addDecision(ctx, blockId, { verb: 'APPROVED' });
    await updateDecision(ctx, blockId, second, { text: 'the Decision Making Principles' });
    const [first] = await read();
    if (!first) throw new Error('expected a first decision');
    const between = await addDecision(ctx, blockId, { afterId: first.id, verb: 'AGREED' });
    await updateDecision(ctx, blockId, between, { text: 'to publish', confidential: true });
    expect((await read()).map((d) => d.verb)).toEqual(['NOTED', 'AGREED', 'APPROVED']);
    await moveDecision(ctx, blockId, between, 1);
    await moveDecision(ctx, blockId, between, 1); // already last
    expect((await read()).map((d) => d.verb)).toEqual(['NOTED', 'APPROVED', 'AGREED']);
    expect(phraseDecisions('The Panel', await read())).toEqual({
      kind: 'list',
      lead: 'The Panel:',
      lines: [
        'NOTED the contents of the paper; and',
        'APPROVED the Decision Making Principles; and',
        'AGREED to publish.',
      ],
    });
    const removed = await removeDecision(ctx, blockId, second);
    expect((await read()).map((d) => d.verb)).toEqual(['NOTED', 'AGREED']);
    await restoreDecision(ctx, removed);
    expect((await read()).map((d) => d.id)).toEqual([first.id, second, between]);
  });

  it('keeps edits of two decisions made at once (two windows)', async () => {
    const { ctx, blockId, read } = await withDecisions();
    const other = await addDecision(ctx, blockId);
    const [first] = await read();
    if (!first) throw new Error('expected a first decision');
    await Promise.all([
      updateDecision(ctx, blockId, first.id, { verb: 'SUPPORTED' }),
      updateDecision(ctx, blockId, other, { text: 'the revised approach' }),
    ]);
    expect(await read()).toMatchObject([
      { verb: 'SUPPORTED', text: 'the contents of the paper' },
      { verb: 'NOTED', text: 'the revised approach' },
    ]);
  });

  it('refuses an empty verb and a decision that is gone', async () => {
    const { ctx, blockId, read } = await withDecisions();
    const [first] = await read();
    if (!first) throw new Error('expected a first decision');
    await expectDataError(updateDecision(ctx, blockId, first.id, { verb: ' ' }), 'invalid');
    await expectDataError(updateDecision(ctx, blockId, 'gone', { text: 'x' }), 'not-found');
  });

  it('journals block, decision and action edits and replays them through the repositories', async () => {
    const { ctx, blockId, read, itemId } = await withDecisions();
    const [first] = await read();
    if (!first) throw new Error('expected a first decision');
    const p = await addBlock(ctx, itemId, 'paragraph');
    const raised = await raiseAction(ctx, itemId);
    await applyWrite(ctx, { op: 'updateBlock', id: p, patch: { text: 'Typed' } });
    await applyWrite(ctx, {
      op: 'updateDecision',
      id: blockId,
      decisionId: first.id,
      patch: { text: 'the update' },
    });
    await applyWrite(ctx, { op: 'updateAction', id: raised.actionId, patch: { owner: 'DCC' } });
    expect(await getBlock(ctx.db, p)).toMatchObject({ text: 'Typed' });
    expect((await read())[0]).toMatchObject({ text: 'the update' });
    expect(await ctx.db.actions.get(raised.actionId)).toMatchObject({ owner: 'DCC' });
  });

  it('journals two decisions of one block as two entries, so neither hides the other', async () => {
    const { ctx, blockId, read } = await withDecisions();
    const other = await addDecision(ctx, blockId);
    const [first] = await read();
    if (!first) throw new Error('expected a first decision');
    const storage = new MemoryStorage();
    const journal = new WriteJournal(storage);
    const a = journal.write(ctx, {
      op: 'updateDecision',
      id: blockId,
      decisionId: first.id,
      patch: { text: 'one' },
    });
    const b = journal.write(ctx, {
      op: 'updateDecision',
      id: blockId,
      decisionId: other,
      patch: { text: 'two' },
    });
    expect(journal.pending()).toHaveLength(2);
    await Promise.all([a, b]);
    expect(journal.pending()).toHaveLength(0);
    expect((await read()).map((d) => d.text)).toEqual(['one', 'two']);
  });

  it('replays text typed while an earlier write of the field was in flight', async () => {
    const { ctx, itemId } = await withDecisions();
    const p = await addBlock(ctx, itemId, 'paragraph');
    const storage = new MemoryStorage();
    const journal = new WriteJournal(storage);
    ctx.advance();
    // "Typed right up to the relo" lands; "…reload", journalled in the same millisecond as
    // the page unloads, never reaches the database.
    await journal.write(ctx, { op: 'updateBlock', id: p, patch: { text: 'up to the relo' } });
    const lost = { op: 'updateBlock', id: p, patch: { text: 'up to the reload' } } as const;
    storage.setItem('minutebook.journal.lost', JSON.stringify({ write: lost, at: ctx.now() }));
    ctx.advance();
    expect(await journal.replay(ctx)).toEqual({ applied: 1, aside: 0 });
    expect(await getBlock(ctx.db, p)).toMatchObject({ text: 'up to the reload' });
  });

  it('replays two fields of one block, the later not taken for stale after the first', async () => {
    const { ctx, itemId } = await withDecisions();
    const p = await addBlock(ctx, itemId, 'paragraph');
    const storage = new MemoryStorage();
    const text = { op: 'updateBlock', id: p, patch: { text: 'typed' } } as const;
    const mark = { op: 'updateBlock', id: p, patch: { confidential: true } } as const;
    storage.setItem('minutebook.journal.a', JSON.stringify({ write: text, at: ctx.advance() }));
    storage.setItem('minutebook.journal.b', JSON.stringify({ write: mark, at: ctx.advance() }));
    ctx.advance();
    expect(await new WriteJournal(storage).replay(ctx)).toEqual({ applied: 2, aside: 0 });
    expect(await getBlock(ctx.db, p)).toMatchObject({ text: 'typed', confidential: true });
  });
});
