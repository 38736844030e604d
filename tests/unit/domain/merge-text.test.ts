import { describe, expect, it } from 'vitest';
import { mergeText } from '../../../src-renderer/domain';

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
