import type { Decision, Vote } from '../domain';

/**
 * How the minutes print a vote and a recorded dissent. The count goes into the decision
 * itself, after its verb: "The Panel AGREED (6 for, 2 against, 1 abstention) the budget."; a
 * named vote adds its names on a line after the decisions ("For: …; Against: …; Abstained:
 * …."); a dissent is a sentence after that. Names are printed as recorded, with no title
 * added, and the dissent sentence says "their" so that it needs no one's gender:
 * "Helen Brooks asked that their dissent be recorded."
 */

/** The words of the labels and the dissent sentence, also read by the leak guard's list. */
export const voteWords = {
  for: 'For:',
  against: 'Against:',
  abstained: 'Abstained:',
  dissent: 'asked that their dissent be recorded.',
} as const;

/** "6 for, 2 against, 1 abstention"; abstentions only when there were any. */
export function voteCount(vote: Vote): string {
  const parts = [`${String(vote.for)} for`, `${String(vote.against)} against`];
  if (vote.abstain > 0)
    parts.push(`${String(vote.abstain)} abstention${vote.abstain === 1 ? '' : 's'}`);
  return parts.join(', ');
}

/** The decision with its vote's count put before its words, as the minutes phrase it. */
export function withVoteCount<D extends Pick<Decision, 'text' | 'vote'>>(decision: D): D {
  if (decision.vote === null) return decision;
  const text = decision.text.trim();
  const count = `(${voteCount(decision.vote)})`;
  return { ...decision, text: text === '' ? count : `${count} ${text}` };
}

/** "A, B and C". */
export function listNames(names: readonly string[]): string {
  const tidy = names.map((n) => n.trim()).filter((n) => n !== '');
  if (tidy.length <= 1) return tidy.join('');
  return `${tidy.slice(0, -1).join(', ')} and ${tidy[tidy.length - 1] ?? ''}`;
}

/** "For: A, B; Against: C; Abstained: D." for a named vote, or null for a vote by counts. */
export function namedVoteLine(vote: Vote | null): string | null {
  if (vote === null) return null;
  const sides = [
    { label: voteWords.for, names: vote.forNames },
    { label: voteWords.against, names: vote.againstNames },
    { label: voteWords.abstained, names: vote.abstainNames },
  ].filter((s) => s.names.length > 0);
  if (sides.length === 0) return null;
  return `${sides.map((s) => `${s.label} ${s.names.map((n) => n.trim()).join(', ')}`).join('; ')}.`;
}

/** "Helen Brooks and Tom Ray asked that their dissent be recorded.", or null for none. */
export function dissentLine(dissent: readonly string[]): string | null {
  const names = listNames(dissent);
  return names === '' ? null : `${names} ${voteWords.dissent}`;
}

/** The lines printed after a block of decisions: each decision's named vote, then its dissent. */
export function voteLines(decisions: readonly Pick<Decision, 'vote' | 'dissent'>[]): string[] {
  return decisions.flatMap((d) =>
    [namedVoteLine(d.vote), dissentLine(d.dissent)].filter((l): l is string => l !== null),
  );
}
