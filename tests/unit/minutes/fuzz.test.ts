import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runFuzz } from '../../../scripts/fuzz/run';

/**
 * `npm run fuzz` in the unit run: the same property (scripts/fuzz/), 50 random archives each
 * written as confidential and public DOCX and PDF through writeMinutes and every file checked.
 * The seed is fixed so that a red run is the same red run everywhere; MINUTEBOOK_FUZZ_SEED
 * tries another.
 */

const seed = Number(process.env.MINUTEBOOK_FUZZ_SEED ?? 20_160_310);

it('50 random archives export as well-formed DOCX and loadable, readable PDF with all their text', async () => {
  const lines: string[] = [];
  const summary = await runFuzz({
    runs: 50,
    seed,
    root: join(import.meta.dirname, '..', '..', '..'),
    log: (line) => lines.push(line),
  });
  console.log(
    `fuzz seed ${String(seed)}: ${String(summary.cases)} cases, ${String(summary.failed.length)} failing, ` +
      `slowest ${String(summary.slowestMs)} ms`,
  );
  if (lines.length > 0) console.log(lines.join('\n'));
  expect(summary.cases).toBe(50);
  const failures = summary.failed.flatMap((f) => f.failures.map((m) => `${f.path}: ${m}`));
  expect(failures).toEqual([]);
}, 240_000);
