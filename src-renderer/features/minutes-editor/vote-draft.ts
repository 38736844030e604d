import type { Vote } from '../../domain';

/** How a vote is being recorded in the editor. */
export type VoteMode = 'none' | 'counts' | 'named';

/** Each side a named voter can take, or '' for not voting. */
export type Side = '' | 'for' | 'against' | 'abstain';

export interface VoteDraft {
  mode: VoteMode;
  counts: { for: string; against: string; abstain: string };
  sides: Record<string, Side>;
}

/** The form's starting point from what is stored. */
export function draftOf(vote: Vote | null): VoteDraft {
  const sides: Record<string, Side> = {};
  if (vote === null) return { mode: 'none', counts: { for: '', against: '', abstain: '' }, sides };
  for (const n of vote.forNames) sides[n] = 'for';
  for (const n of vote.againstNames) sides[n] = 'against';
  for (const n of vote.abstainNames) sides[n] = 'abstain';
  const named = Object.keys(sides).length > 0;
  return {
    mode: named ? 'named' : 'counts',
    counts: {
      for: String(vote.for),
      against: String(vote.against),
      abstain: String(vote.abstain),
    },
    sides,
  };
}

/** A count as typed: a whole number from 0, or undefined. Empty is 0. */
function count(text: string): number | undefined {
  const t = text.trim();
  if (t === '') return 0;
  return /^\d{1,5}$/.test(t) ? Number(t) : undefined;
}

/** The vote the form describes, or a message saying what is wrong with it. */
export function voteFromDraft(draft: VoteDraft): { vote: Vote | null } | { error: string } {
  if (draft.mode === 'none') return { vote: null };
  if (draft.mode === 'counts') {
    const f = count(draft.counts.for);
    const a = count(draft.counts.against);
    const ab = count(draft.counts.abstain);
    if (f === undefined || a === undefined || ab === undefined)
      return { error: 'Each count is a whole number: 0, 1, 2 …' };
    if (f + a + ab === 0) return { error: 'A vote needs at least one vote cast.' };
    return {
      vote: { for: f, against: a, abstain: ab, forNames: [], againstNames: [], abstainNames: [] },
    };
  }
  const names = (side: Side) =>
    Object.entries(draft.sides)
      .filter(([, s]) => s === side)
      .map(([n]) => n);
  const forNames = names('for');
  const againstNames = names('against');
  const abstainNames = names('abstain');
  if (forNames.length + againstNames.length + abstainNames.length === 0)
    return { error: 'Choose how at least one person voted.' };
  return {
    vote: {
      for: forNames.length,
      against: againstNames.length,
      abstain: abstainNames.length,
      forNames,
      againstNames,
      abstainNames,
    },
  };
}

/** "6 for, 2 against, 1 abstaining" for the editor's summary line. */
export function voteSummary(vote: Vote): string {
  return `${String(vote.for)} for, ${String(vote.against)} against, ${String(vote.abstain)} abstaining`;
}
