import { describe, expect, it } from 'vitest';
import { isBulletLine, splitParagraph } from '../../../src-renderer/domain';

describe('splitParagraph', () => {
  it('keeps plain text as one run, lines joined as typed', () => {
    expect(splitParagraph('The Panel were provided with a paper.\nIt was noted.')).toEqual([
      { kind: 'text', text: 'The Panel were provided with a paper.\nIt was noted.' },
    ]);
  });

  it('turns consecutive "- " lines into one bullet list between text runs', () => {
    const text = 'SECAS highlighted:\n- the template\n-  the guidance \nThe Panel agreed.';
    expect(splitParagraph(text)).toEqual([
      { kind: 'text', text: 'SECAS highlighted:' },
      { kind: 'bullets', items: ['the template', 'the guidance'] },
      { kind: 'text', text: 'The Panel agreed.' },
    ]);
  });

  it('splits text runs at blank lines and drops empty bullets', () => {
    expect(splitParagraph('One.\n\n\nTwo.\n- \n- a\r\n\r\n- b')).toEqual([
      { kind: 'text', text: 'One.' },
      { kind: 'text', text: 'Two.' },
      { kind: 'bullets', items: ['a'] },
      { kind: 'bullets', items: ['b'] },
    ]);
  });

  it('does not treat a hyphen without a space, or a dash in a sentence, as a bullet', () => {
    expect(isBulletLine('-5 degrees')).toBe(false);
    expect(isBulletLine('Privacy Assessment - Decision')).toBe(false);
    expect(isBulletLine('  - indented')).toBe(true);
    expect(splitParagraph('-5 degrees')).toEqual([{ kind: 'text', text: '-5 degrees' }]);
  });

  it('keeps any Unicode as typed and gives nothing for blank text', () => {
    expect(splitParagraph('- Ünïcödé “quotes” 😀')).toEqual([
      { kind: 'bullets', items: ['Ünïcödé “quotes” 😀'] },
    ]);
    expect(splitParagraph('  \n ')).toEqual([]);
  });
});
