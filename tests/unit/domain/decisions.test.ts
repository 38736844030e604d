import { describe, expect, it } from 'vitest';
import { phraseDecisions } from '../../../src-renderer/domain';

describe('phraseDecisions', () => {
  it('writes one decision as a sentence', () => {
    expect(
      phraseDecisions('The Panel', [{ verb: 'NOTED', text: 'the contents of the paper' }]),
    ).toEqual({
      kind: 'sentence',
      text: 'The Panel NOTED the contents of the paper.',
    });
  });

  it('writes several as a list joined with "; and", the last ending with a full stop', () => {
    expect(
      phraseDecisions('The Panel', [
        { verb: 'NOTED', text: 'the contents of the paper; and' },
        { verb: 'approved', text: 'the Decision Making Principles as set out in Appendix A' },
        { verb: 'APPROVED', text: 'the Full User Privacy Assessment Report Template.' },
      ]),
    ).toEqual({
      kind: 'list',
      lead: 'The Panel:',
      lines: [
        'NOTED the contents of the paper; and',
        'APPROVED the Decision Making Principles as set out in Appendix A; and',
        'APPROVED the Full User Privacy Assessment Report Template.',
      ],
    });
  });

  it('ignores empty decisions and says so when there are none', () => {
    expect(phraseDecisions('The Board', [{ verb: ' ', text: '' }])).toEqual({ kind: 'none' });
    expect(phraseDecisions('The Board', [])).toEqual({ kind: 'none' });
  });

  it('keeps any Unicode in the words', () => {
    const phrase = phraseDecisions('Y Panel', [
      { verb: 'NOTED', text: 'adroddiad ŵ ŷ — Ελληνικά' },
    ]);
    expect(phrase).toEqual({ kind: 'sentence', text: 'Y Panel NOTED adroddiad ŵ ŷ — Ελληνικά.' });
  });
});
