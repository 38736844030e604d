import { describe, expect, it } from 'vitest';
import {
  insertItemRef,
  itemRefsIn,
  itemRefToken,
  removedItemRef,
  resolveItemRefs,
} from '../../../src-renderer/domain/item-refs';
import {
  exemptionParagraphs,
  listWords,
  privatePartResolutionText,
} from '../../../src-renderer/domain/private-part';

describe('cross-reference tokens', () => {
  it('resolve to what the lookup prints, and a missing item to a clear marker', () => {
    const text = `Minute ${itemRefToken('abc-1')} below refers; see also ${itemRefToken('gone')}.`;
    const numbers = new Map([['abc-1', '54']]);
    expect(resolveItemRefs(text, (id) => numbers.get(id))).toBe(
      `Minute 54 below refers; see also ${removedItemRef}.`,
    );
    expect(removedItemRef).toBe('[item removed]');
    expect(itemRefsIn(text)).toEqual(['abc-1', 'gone']);
  });

  it('leave look-alikes a secretary might type alone', () => {
    const text = '[item:abc] [[item: abc]] [[Item]] [[item:]]';
    expect(resolveItemRefs(text, () => '9')).toBe(text);
  });

  it('insert at the caret, or over a selection, and put the caret after the token', () => {
    expect(insertItemRef('See  below.', 'x1', 4)).toEqual({
      text: 'See [[item:x1]] below.',
      caret: 4 + itemRefToken('x1').length,
    });
    expect(insertItemRef('See that below.', 'x1', 4, 8).text).toBe('See [[item:x1]] below.');
    expect(insertItemRef('Hi', 'x1', 99).text).toBe('Hi[[item:x1]]');
  });
});

const council =
  'RESOLVED that the press and public be excluded on the grounds that they involve the likely disclosure of exempt information as defined in paragraph {paragraphs} of Part 1 of Schedule 12A to the Act.';

describe('the private part resolution', () => {
  it('cites the distinct paragraphs of the private items, in natural order', () => {
    expect(exemptionParagraphs(['3', '', '10', '3', '1, 5'])).toEqual(['1', '3', '5', '10']);
    expect(listWords(['3'])).toBe('3');
    expect(listWords(['1', '3'])).toBe('1 and 3');
    expect(listWords(['1', '3', '5'])).toBe('1, 3 and 5');
  });

  it('one paragraph: "paragraph 3"; several: "paragraphs 1, 3 and 5"', () => {
    expect(privatePartResolutionText(council, ['3', '3'])).toContain(
      'as defined in paragraph 3 of Part 1',
    );
    expect(privatePartResolutionText(council, ['5', '1', '3'])).toContain(
      'as defined in paragraphs 1, 3 and 5 of Part 1',
    );
    expect(privatePartResolutionText('Exempt under {paragraphs}.', ['2'])).toBe('Exempt under 2.');
  });

  it('none set: the citation goes whole and the sentence still reads', () => {
    expect(privatePartResolutionText(council, ['', ' '])).toBe(
      'RESOLVED that the press and public be excluded on the grounds that they involve the likely disclosure of exempt information as defined in Part 1 of Schedule 12A to the Act.',
    );
    expect(privatePartResolutionText('Excluded under {paragraphs}.', [])).toBe('Excluded under.');
    expect(privatePartResolutionText('', ['3'])).toBe('');
  });
});
