import { describe, expect, it } from 'vitest';
import { encodeAtPace, hashAtPace } from '../../../src-renderer/db/backup-make';
import { noRest, pacer, type Pace } from '../../../src-renderer/db/backup-pace';

/** A pace that rests never and counts how often it was asked. */
function counted(): { pace: Pace; calls: () => number } {
  let calls = 0;
  return {
    pace: () => {
      calls += 1;
      return noRest();
    },
    calls: () => calls,
  };
}

/** Keeps this thread busy for `ms`. */
function busy(ms: number) {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe("a backup's pace", () => {
  it('goes on at once within a slice, and rests once the slice is over', async () => {
    const pace = pacer({ sliceMs: 20, restMs: 30 });
    let started = performance.now();
    await pace();
    // Within the slice: no rest (a timer would take a turn of the event loop at least).
    let rested = false;
    const within = pace().then(() => (rested = true));
    await Promise.resolve();
    expect(rested).toBe(true);
    await within;
    busy(25);
    started = performance.now();
    await pace();
    expect(performance.now() - started).toBeGreaterThanOrEqual(29);
    // A new slice starts after the rest.
    started = performance.now();
    await pace();
    expect(performance.now() - started).toBeLessThan(29);
    // A slice that ran over is followed by a rest as long as it was.
    busy(80);
    started = performance.now();
    await pace();
    expect(performance.now() - started).toBeGreaterThanOrEqual(79);
  });
});

describe('encoding a backup at its pace', () => {
  it('gives the bytes TextEncoder gives, a chunk at a time, never splitting a surrogate pair', async () => {
    const chunk = 1 << 18;
    // An emoji (two UTF-16 units) across each of the first chunks' ends, Welsh and Greek between.
    const filler = 'Llŷr ŵ αβγ panel noted. ';
    let text = '';
    for (let n = 1; n <= 4; n++) {
      while (text.length < n * chunk - 1) text += filler;
      text = text.slice(0, n * chunk - 1) + '😀';
    }
    text += ' end';
    const { pace, calls } = counted();
    const bytes = await encodeAtPace(text, pace);
    expect(Buffer.from(bytes).equals(new TextEncoder().encode(text))).toBe(true);
    expect(new TextDecoder().decode(bytes)).toBe(text);
    // At least once a chunk to encode it and once to copy it.
    expect(calls()).toBeGreaterThanOrEqual(2 * Math.ceil(text.length / chunk));
  });

  it('encodes the empty text and a lone surrogate as TextEncoder does', async () => {
    expect(await encodeAtPace('', noRest)).toEqual(new Uint8Array(0));
    expect(await encodeAtPace('a\uD800b', noRest)).toEqual(new TextEncoder().encode('a\uD800b'));
  });

  it('hashes a megabyte at a time as Web Crypto hashes the whole', async () => {
    const hex = (digest: ArrayBuffer) =>
      Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
    for (const length of [0, 1, (1 << 20) - 1, 1 << 20, (5 << 19) + 3]) {
      const bytes = new Uint8Array(length);
      for (let i = 0; i < length; i++) bytes[i] = (i * 7919 + (i >> 11)) & 0xff;
      const { pace, calls } = counted();
      expect(await hashAtPace(bytes, pace)).toBe(hex(await crypto.subtle.digest('SHA-256', bytes)));
      expect(calls()).toBe(Math.ceil(length / (1 << 20)));
    }
  });
});
