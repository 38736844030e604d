import { describe, expect, it } from 'vitest';
import { FieldDraft, mergeText } from '../../../src-renderer/features/shared/field-draft';

/** A draft over a fake store: writes land when the test says, scheduled work runs on `tick`. */
function harness(stored: string) {
  const queue: (() => void)[] = [];
  const writes: { value: string; land: () => void; fail: (e: Error) => void }[] = [];
  const errors: unknown[] = [];
  let changes = 0;
  const draft = new FieldDraft<string>({
    stored,
    commit: (value) =>
      new Promise<void>((land, fail) => {
        writes.push({ value, land: () => land(), fail });
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

describe('mergeText', () => {
  it('merges changes to different parts of the text', () => {
    const base = 'The Panel noted the paper. SECAS will report.';
    expect(
      mergeText(
        base,
        'The Panel noted the revised paper. SECAS will report.',
        'The Panel noted the paper. SECAS will report in April.',
      ),
    ).toBe('The Panel noted the revised paper. SECAS will report in April.');
    expect(mergeText(base, base, 'theirs')).toBe('theirs');
    expect(mergeText(base, 'ours', base)).toBe('ours');
    expect(mergeText(base, 'same', 'same')).toBe('same');
  });

  it('refuses to guess where the changes overlap or meet', () => {
    expect(mergeText('abc def', 'abX def', 'aYc def')).toBeNull();
    expect(mergeText('abc def', 'abc dXf', 'abc YYY')).toBeNull();
    expect(mergeText('abc', 'abc1', 'abc2')).toBeNull();
    expect(mergeText('', 'mine', 'theirs')).toBeNull();
  });
});

describe('FieldDraft', () => {
  it('writes after the paint, one write at a time, the latest text following', async () => {
    const h = harness('');
    h.draft.change('a');
    h.draft.change('ab');
    expect(h.writes).toHaveLength(0);
    h.tick();
    expect(h.writes.map((w) => w.value)).toEqual(['ab']);
    h.draft.change('abc');
    h.tick();
    expect(h.writes).toHaveLength(1); // waits for the write in flight
    h.writes[0]?.land();
    await h.settle();
    expect(h.writes.map((w) => w.value)).toEqual(['ab', 'abc']);
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
});
