import { describe, expect, it } from 'vitest';
import { screenOf } from '../../../src-renderer/features/shell/screen';

describe('screenOf', () => {
  it('reads the route path of a location hash, as the router does', () => {
    expect(screenOf('')).toBe('/');
    expect(screenOf('#/')).toBe('/');
    expect(screenOf('#/meetings/m1/minutes')).toBe('/meetings/m1/minutes');
    expect(screenOf('#meetings/m1')).toBe('/meetings/m1');
    expect(screenOf('#/meetings/m1/minutes?item=3')).toBe('/meetings/m1/minutes');
  });
});
