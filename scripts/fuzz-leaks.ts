/**
 * `npm run fuzz:leaks -- --runs 5000 [--seed N]`: builds the public minutes of random bodies
 * (tests/unit/minutes/leak-cases.ts), half with confidential matter and half with none, and
 * prints, last, "leaks: N cases, L leaks, R false refusals". A leak is confidential text in
 * the public minutes; a false refusal is public minutes refused although every text in them
 * was public. Exits 1 when either count is not 0.
 */
import fc from 'fast-check';
import { outcomeOf, randomPlans, type Outcome } from '../tests/unit/minutes/leak-cases';

function option(argv: readonly string[], name: string): number | undefined {
  const at = argv.indexOf(name);
  if (at === -1) return undefined;
  const value = Number(argv[at + 1]);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} takes a whole number.`);
  return value;
}

export async function main(argv: readonly string[]): Promise<number> {
  let runs: number;
  let seed: number;
  try {
    runs = option(argv, '--runs') ?? 1000;
    seed = option(argv, '--seed') ?? Date.now() % 2_147_483_647;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error('Usage: npm run fuzz:leaks -- [--runs N] [--seed N]');
    return 2;
  }
  const counts: Record<Outcome, number> = { ok: 0, leak: 0, missing: 0, refused: 0, caught: 0 };
  const half = Math.ceil(runs / 2);
  const cases = [
    ...fc.sample(randomPlans(true), { numRuns: half, seed }),
    ...fc.sample(randomPlans(false), { numRuns: runs - half, seed: seed + 1 }),
  ];
  for (const [index, plans] of cases.entries()) {
    const outcome = await outcomeOf(plans);
    counts[outcome] += 1;
    if (outcome !== 'ok' && counts[outcome] <= 3)
      console.error(`case ${String(index)} (${outcome}): ${JSON.stringify(plans)}`);
  }
  console.log(
    `seed ${String(seed)}; public texts left out: ${String(counts.missing)}; ` +
      `leaks of redaction caught by the guard: ${String(counts.caught)}`,
  );
  console.log(
    `leaks: ${String(cases.length)} cases, ${String(counts.leak)} leaks, ${String(counts.refused)} false refusals`,
  );
  return counts.ok === cases.length ? 0 : 1;
}
