import { tidyName } from '../../domain';
import type { Vote } from '../../domain';
import { DataError } from '../errors';

/** The most names one side of a vote, or a decision's dissent, may list. */
const maxNames = 500;
/** The largest count one side of a vote may have. */
const maxCount = 10_000;

function refuseNames(names: readonly string[], what: string): void {
  if (names.length > maxNames)
    throw new DataError(`${what} lists ${String(maxNames)} names at most.`, 'invalid');
  const seen = new Set<string>();
  for (const name of names) {
    const tidy = tidyName(name);
    if (tidy === '' || tidy.length > 200)
      throw new DataError(`${what}: each name needs 1 to 200 characters.`, 'invalid');
    const key = tidy.toLocaleLowerCase('en');
    if (seen.has(key)) throw new DataError(`${what} lists ${tidy} twice.`, 'invalid');
    seen.add(key);
  }
}

/**
 * Refuses a vote that cannot be printed as recorded: counts that are not whole numbers from 0
 * to 10,000, a named vote whose counts are not its numbers of names, or a name on two sides.
 */
export function refuseBadVote(vote: Vote | null): void {
  if (vote === null) return;
  const sides = [
    { label: 'for', count: vote.for, names: vote.forNames },
    { label: 'against', count: vote.against, names: vote.againstNames },
    { label: 'abstaining', count: vote.abstain, names: vote.abstainNames },
  ];
  for (const { label, count } of sides) {
    if (!Number.isInteger(count) || count < 0 || count > maxCount)
      throw new DataError(
        `The votes ${label} must be a whole number from 0 to ${String(maxCount)}.`,
        'invalid',
      );
  }
  const named = sides.some((s) => s.names.length > 0);
  const seen = new Map<string, string>();
  for (const { label, count, names } of sides) {
    refuseNames(names, `The votes ${label}`);
    if (named && count !== names.length)
      throw new DataError(
        `A named vote counts its names: ${String(names.length)} ${label}, not ${String(count)}.`,
        'invalid',
      );
    for (const name of names) {
      const key = tidyName(name).toLocaleLowerCase('en');
      const other = seen.get(key);
      if (other !== undefined)
        throw new DataError(
          `${tidyName(name)} is both ${other} and ${label}: a name goes on one side only.`,
          'invalid',
        );
      seen.set(key, label);
    }
  }
}

/** Refuses a dissent list with an empty, overlong or repeated name. */
export function refuseBadDissent(dissent: readonly string[]): void {
  refuseNames(dissent, 'The dissent');
}
