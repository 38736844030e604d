import { describe, expect, it } from 'vitest';
import {
  draftOf,
  voteFromDraft,
  type VoteDraft,
} from '../../../src-renderer/features/minutes-editor/vote-draft';

const counts = (f: string, a: string, ab: string): VoteDraft => ({
  mode: 'counts',
  counts: { for: f, against: a, abstain: ab },
  sides: {},
});

describe('the vote form', () => {
  it('reads counts as whole numbers, empty as 0, and refuses anything else', () => {
    expect(voteFromDraft(counts('6', '2', ''))).toEqual({
      vote: { for: 6, against: 2, abstain: 0, forNames: [], againstNames: [], abstainNames: [] },
    });
    for (const bad of ['1.5', '-1', 'two', '1e3'])
      expect(voteFromDraft(counts(bad, '0', '0'))).toEqual({
        error: 'Each count is a whole number: 0, 1, 2 …',
      });
    expect(voteFromDraft(counts('0', '', ''))).toEqual({
      error: 'A vote needs at least one vote cast.',
    });
  });

  it('counts a named vote by its names, each on one side', () => {
    const draft: VoteDraft = {
      mode: 'named',
      counts: { for: '9', against: '9', abstain: '9' },
      sides: { 'Helen Brooks': 'against', 'Tom Ray': 'for', 'Ann Lee': 'for', Kim: '' },
    };
    const result = voteFromDraft(draft);
    expect(result).toEqual({
      vote: {
        for: 2,
        against: 1,
        abstain: 0,
        forNames: ['Tom Ray', 'Ann Lee'],
        againstNames: ['Helen Brooks'],
        abstainNames: [],
      },
    });
    if (!('vote' in result) || result.vote === null) throw new Error('expected a vote');
    expect(draftOf(result.vote)).toMatchObject({ mode: 'named', sides: { 'Tom Ray': 'for' } });
    expect(voteFromDraft({ ...draft, sides: { Kim: '' } })).toEqual({
      error: 'Choose how at least one person voted.',
    });
  });

  it('starts from what is stored, and clears with no vote', () => {
    expect(draftOf(null).mode).toBe('none');
    expect(voteFromDraft(draftOf(null))).toEqual({ vote: null });
    const stored = {
      for: 3,
      against: 1,
      abstain: 0,
      forNames: [],
      againstNames: [],
      abstainNames: [],
    };
    expect(draftOf(stored)).toMatchObject({ mode: 'counts', counts: { for: '3', against: '1' } });
  });
});
