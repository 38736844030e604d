import { describe, expect, it } from 'vitest';
import { otherKeys, shortcuts } from '../../../src-renderer/features/minutes-editor/shortcuts';
import {
  agendaKeys,
  bodiesKeys,
  chairKeys,
  helpKey,
} from '../../../src-renderer/features/shared/screen-keys';

describe('the lists of keys', () => {
  it.each([
    ['Bodies', bodiesKeys],
    ['Agenda', agendaKeys],
    ['Chair', chairKeys],
    ['Minutes', [...shortcuts, ...otherKeys]],
  ])('of %s name each key once and say how to see them', (_, keys) => {
    const names = keys.map((k) => k.keys);
    expect(new Set(names).size).toBe(names.length);
    expect(keys).toContain(helpKey);
  });
});
