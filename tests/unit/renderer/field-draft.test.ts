import { describe, expect, it } from 'vitest';
import { FieldDraft, type WriteOutcome } from '../../../src-renderer/features/shared/field-draft';

/** A draft over a fake store: writes land when the test says, scheduled work runs on `tick`. */
function harness(stored: string) {
  const queue: (() => void)[] = [];
  const writes: {
    value: string;
    previous: string;
    land: () => void;
    refuse: () => void;
    fail: (e: Error) => void;
  }[] = [];
  const errors: unknown[] = [];
  let changes = 0;
  const draft = new FieldDraft<string>({
    stored,
    commit: (value, previous) =>
      new Promise<WriteOutcome>((settle, fail) => {
        writes.push({
          value,
          previous,
          land: () => settle('stored'),
          refuse: () => settle('stale'),
          fail,
        });
      }),
    onError: (e) => errors.push(e),
    schedule: (fn) => queue.push(fn),
    onChange: () => {
      changes++;
    },
  });
  const tick = () => {
    for (const fn of queue.splice(0)) fn();
  };
  /** Lets the write's promise callbacks run. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { draft, writes, errors, tick, settle, changes: () => changes };
}

describe('FieldDraft', () => {
  it('writes after the paint, a frame’s keystrokes as one write, without waiting for one in flight', () => {
    const h = harness('');
    h.draft.change('a');
    h.draft.change('ab');
    expect(h.writes).toHaveLength(0);
    h.tick();
    expect(h.writes.map((w) => w.value)).toEqual(['ab']);
    h.draft.change('abc');
    h.tick();
    // The first write has not landed; the second goes to the store (and its journal) anyway.
    expect(h.writes.map((w) => [w.previous, w.value])).toEqual([
      ['', 'ab'],
      ['ab', 'abc'],
    ]);
  });

  it('flush writes what waits at once', () => {
    const h = harness('x');
    h.draft.change('xy');
    h.draft.flush();
    expect(h.writes.map((w) => w.value)).toEqual(['xy']);
  });

  it('follows the store while it has no change of its own', () => {
    const h = harness('old');
    h.draft.stored('new from the other window');
    expect(h.draft.state).toEqual({ value: 'new from the other window', conflict: null });
  });

  it('ignores its own echoes and readings taken before its write landed', async () => {
    const h = harness('');
    h.draft.change('hello');
    h.tick();
    h.draft.change('hello there');
    h.draft.stored(''); // a reading from before the write
    expect(h.draft.state.value).toBe('hello there');
    h.draft.stored('hello'); // the echo of the first write
    expect(h.draft.state.value).toBe('hello there');
    h.tick();
    h.writes[0]?.land();
    await h.settle();
    expect(h.writes.map((w) => w.value)).toEqual(['hello', 'hello there']);
  });

  it('merges another window’s change to another part into its draft, and writes the merge', () => {
    const h = harness('Alpha. Beta.');
    h.draft.change('Alpha one. Beta.');
    h.draft.stored('Alpha. Beta two.');
    expect(h.draft.state).toEqual({ value: 'Alpha one. Beta two.', conflict: null });
    h.tick();
    expect(h.writes.map((w) => w.value)).toEqual(['Alpha one. Beta two.']);
  });

  it('keeps both versions when the changes overlap, until the user chooses', () => {
    const h = harness('Alpha.');
    h.draft.change('Alpha mine.');
    h.draft.flush();
    h.draft.change('Alpha mine, more.');
    h.draft.stored('Alpha theirs.');
    expect(h.draft.state).toEqual({
      value: 'Alpha mine, more.',
      conflict: { theirs: 'Alpha theirs.' },
    });
    h.draft.resolve('theirs');
    expect(h.draft.state).toEqual({ value: 'Alpha theirs.', conflict: null });
    // Its own text may have been written meanwhile, so the choice is written too.
    expect(h.writes.at(-1)).toMatchObject({ value: 'Alpha theirs.' });
  });

  it('names the stored value each write replaces', () => {
    const h = harness('a');
    h.draft.change('ab');
    h.draft.flush();
    h.draft.change('abc');
    h.draft.flush();
    expect(h.writes.map((w) => [w.previous, w.value])).toEqual([
      ['a', 'ab'],
      ['ab', 'abc'],
    ]);
  });

  it('merges a change that landed while its own write was in flight against what was stored before', async () => {
    const h = harness('Alpha. Beta.');
    h.draft.change('Alpha one. Beta.');
    h.draft.flush();
    // The other window's write landed first; its value is seen before ours is refused.
    h.draft.stored('Alpha. Beta two.');
    expect(h.draft.state).toEqual({ value: 'Alpha one. Beta two.', conflict: null });
    h.tick();
    h.writes[0]?.refuse();
    await h.settle();
    h.tick();
    // The merge is written once, over the other window's value.
    expect(h.writes.map((w) => [w.previous, w.value])).toEqual([
      ['Alpha. Beta.', 'Alpha one. Beta.'],
      ['Alpha. Beta two.', 'Alpha one. Beta two.'],
    ]);
  });

  it('after a refused write, waits for the value that beat it, then merges and writes again', async () => {
    const h = harness('Alpha. Beta.');
    h.draft.change('Alpha one. Beta.');
    h.draft.flush();
    h.writes[0]?.refuse();
    await h.settle();
    h.draft.flush();
    expect(h.writes).toHaveLength(1); // nothing to write over until the stored value is known
    expect(h.draft.busy).toBe(true);
    h.draft.stored('Alpha. Beta two.');
    expect(h.draft.state.value).toBe('Alpha one. Beta two.');
    h.tick();
    expect(h.writes.at(-1)).toMatchObject({
      previous: 'Alpha. Beta two.',
      value: 'Alpha one. Beta two.',
    });
    h.writes.at(-1)?.land();
    h.draft.stored('Alpha one. Beta two.');
    await h.settle();
    expect(h.draft.busy).toBe(false);
  });

  it('a refused write whose overlap cannot merge keeps both versions and tells', async () => {
    const h = harness('Alpha.');
    h.draft.change('Alpha mine.');
    h.draft.flush();
    h.writes[0]?.refuse();
    await h.settle();
    h.draft.stored('Alpha theirs.');
    expect(h.draft.state).toEqual({
      value: 'Alpha mine.',
      conflict: { theirs: 'Alpha theirs.' },
    });
  });

  it('follows the store again once its own write is stored', async () => {
    const h = harness('one');
    h.draft.change('one two');
    h.draft.flush();
    h.writes[0]?.land();
    h.draft.stored('one two');
    await h.settle();
    h.draft.stored('one two three, from the other window');
    expect(h.draft.state).toEqual({
      value: 'one two three, from the other window',
      conflict: null,
    });
    expect(h.writes).toHaveLength(1);
  });

  it('keeping mine writes it over the other version', () => {
    const h = harness('Alpha.');
    h.draft.change('Alpha mine.');
    h.draft.stored('Alpha theirs.');
    expect(h.draft.state.conflict).toEqual({ theirs: 'Alpha theirs.' });
    h.draft.resolve('mine');
    expect(h.draft.state.conflict).toBeNull();
    expect(h.writes.at(-1)?.value).toBe('Alpha mine.');
  });

  it('reports a failed write and lets the next change try again', async () => {
    const h = harness('');
    h.draft.change('a');
    h.draft.flush();
    h.writes[0]?.fail(new Error('disk full'));
    await h.settle();
    expect(h.errors).toHaveLength(1);
    h.draft.change('ab');
    h.tick();
    expect(h.writes.map((w) => w.value)).toEqual(['a', 'ab']);
  });

  it('after a refused write, the next one replaces what is stored, not the refused text', async () => {
    const h = harness('Alpha');
    h.draft.change('');
    h.draft.flush();
    h.draft.change('M');
    h.draft.flush(); // issued on top of the empty title before its refusal is known
    h.writes[0]?.fail(new Error('Title is required.'));
    await h.settle();
    expect(h.errors).toHaveLength(1);
    // The second write expected the refused text; the store says stale, and it goes again.
    expect(h.writes[1]?.previous).toBe('');
    h.writes[1]?.refuse();
    await h.settle();
    h.tick();
    expect(h.writes.at(-1)).toMatchObject({ previous: 'Alpha', value: 'M' });
    h.draft.change('Mi');
    h.tick();
    expect(h.writes.at(-1)).toMatchObject({ previous: 'M', value: 'Mi' });
  });

  it('after a write the caller skipped (an invalid date), the next one replaces what is stored', async () => {
    const h = harness('2016-03-10');
    h.draft.change(''); // cleared: the caller writes nothing for an empty date
    h.draft.flush();
    h.writes[0]?.land();
    await h.settle();
    h.draft.change('2016-03-11');
    h.draft.flush();
    expect(h.writes[1]?.previous).toBe('');
    h.writes[1]?.refuse(); // the store still holds 2016-03-10
    await h.settle();
    h.tick();
    expect(h.writes.at(-1)).toMatchObject({ previous: '2016-03-10', value: '2016-03-11' });
  });
});
