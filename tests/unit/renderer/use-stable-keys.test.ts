import { describe, expect, it } from 'vitest';
import { reconcileKeys } from '../../../src-renderer/features/bodies/use-stable-keys';

const start = reconcileKeys({ items: [], keys: [], next: 0 }, ['NOTED', 'APPROVED', 'AGREED']);

describe('reconcileKeys', () => {
  it('gives each entry its own key', () => {
    expect(start.keys).toEqual(['k0', 'k1', 'k2']);
  });

  it('lets a moved entry keep its key', () => {
    expect(reconcileKeys(start, ['APPROVED', 'NOTED', 'AGREED']).keys).toEqual(['k1', 'k0', 'k2']);
  });

  it('lets a renamed entry keep the key of its place, so its field is not remounted', () => {
    expect(reconcileKeys(start, ['NOTED', 'APPROVED IN PART', 'AGREED']).keys).toEqual([
      'k0',
      'k1',
      'k2',
    ]);
  });

  it('gives an added entry a new key and drops a removed one', () => {
    const added = reconcileKeys(start, ['NOTED', 'APPROVED', 'AGREED', 'RATIFIED']);
    expect(added.keys).toEqual(['k0', 'k1', 'k2', 'k3']);
    expect(reconcileKeys(added, ['NOTED', 'AGREED', 'RATIFIED']).keys).toEqual(['k0', 'k2', 'k3']);
  });

  it('never gives two entries the same key', () => {
    const next = reconcileKeys(start, ['AGREED', 'X', 'Y', 'NOTED']);
    expect(new Set(next.keys).size).toBe(4);
    expect(next.keys[0]).toBe('k2');
    expect(next.keys[3]).toBe('k0');
  });
});
