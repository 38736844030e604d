import { describe, expect, it } from 'vitest';
import {
  waitingAfter,
  type PendingDecision,
} from '../../../src-renderer/features/minutes-editor/decision-type-ahead';

function pending(key: number, after: string | undefined, afterKey: number | null = null) {
  const row: PendingDecision = {
    key,
    after,
    afterKey,
    adding: new Promise<string>(() => undefined),
    id: null,
    error: null,
  };
  return row;
}

const keys = (rows: PendingDecision[]) => rows.map((p) => p.key);

describe('where decisions typed ahead are shown', () => {
  const stored = new Set(['d1', 'd2']);

  it('shows each after the stored decision it follows, in the order asked for', () => {
    const waiting = [pending(1, 'd1'), pending(2, 'd2'), pending(3, 'd1')];
    expect(keys(waitingAfter(waiting, stored, 'd1'))).toEqual([1, 3]);
    expect(keys(waitingAfter(waiting, stored, 'd2'))).toEqual([2]);
    expect(keys(waitingAfter(waiting, stored, undefined))).toEqual([]);
  });

  it('shows one typed after a decision not stored yet straight after it, the chain in order', () => {
    const waiting = [pending(1, 'd1'), pending(2, undefined, 1), pending(3, undefined, 2)];
    expect(keys(waitingAfter(waiting, stored, 'd1'))).toEqual([1, 2, 3]);
    expect(keys(waitingAfter(waiting, stored, undefined))).toEqual([]);
  });

  it('once the one it followed is stored and drawn, follows that stored decision', () => {
    // Key 1 was stored as d3 and handed over: key 2 now follows d3.
    const waiting = [pending(2, 'd3', 1)];
    expect(keys(waitingAfter(waiting, new Set([...stored, 'd3']), 'd3'))).toEqual([2]);
    expect(keys(waitingAfter(waiting, new Set([...stored, 'd3']), undefined))).toEqual([]);
  });

  it('shows last those added at the end and those whose decision is gone: none is lost', () => {
    const waiting = [pending(1, undefined), pending(2, 'removed'), pending(3, undefined, 2)];
    expect(keys(waitingAfter(waiting, stored, undefined))).toEqual([1, 2, 3]);
    expect(keys(waitingAfter(waiting, stored, 'd1'))).toEqual([]);
  });
});
