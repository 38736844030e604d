import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { serializeArchive } from '../../src-renderer/domain';
import { buildCase, casePlan, type CasePlan } from './case';
import { checkCase, fuzzFonts, hasPdftotext } from './check';

/**
 * The fuzz property, run `runs` times from `seed` (npm run fuzz and its unit test alike).
 * Every case runs, failing or not, so that the count of failures is the count of failing
 * cases; each failing case is told with the seed and path that replay it and its archive is
 * written to a temporary file. With `path`, fast-check replays that one case.
 */

export interface FuzzOptions {
  runs: number;
  seed: number;
  path?: string;
  /** Repository root (assets/fonts). */
  root: string;
  /** Time cap per case. */
  capMs?: number;
  /** Where progress and failures are told. */
  log?: (line: string) => void;
}

export interface FailedCase {
  path: string;
  size: CasePlan['size'];
  failures: string[];
  archiveFile: string;
}

export interface FuzzSummary {
  cases: number;
  failed: FailedCase[];
  /** Public exports refused by the leak guard (random confidential text repeated in public). */
  refused: number;
  /** Texts of the confidential PDF not compared: they may be right to left. */
  pdfTextsUnread: number;
  /** Cases by size, and the slowest case. */
  sizes: Record<CasePlan['size'], number>;
  slowestMs: number;
  pdftotext: boolean;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const log = options.log ?? (() => undefined);
  const fonts = await fuzzFonts(options.root);
  const pdftotext = hasPdftotext();
  const summary: FuzzSummary = {
    cases: 0,
    failed: [],
    refused: 0,
    pdfTextsUnread: 0,
    sizes: { small: 0, 'long-text': 0, 'many-items': 0, 'many-actions': 0 },
    slowestMs: 0,
    pdftotext,
  };
  // Replaying a path starts at that run; otherwise run i is path "i".
  const first = options.path === undefined ? 0 : Number(options.path.split(':')[0]);
  const property = fc.asyncProperty(casePlan, async (plan) => {
    const index = first + summary.cases;
    summary.cases += 1;
    summary.sizes[plan.size] += 1;
    const fuzz = buildCase(plan);
    const result = await checkCase(fuzz, { capMs: options.capMs ?? 30_000, fonts, pdftotext });
    summary.refused += result.refused;
    summary.pdfTextsUnread += result.unread;
    summary.slowestMs = Math.max(summary.slowestMs, result.ms);
    if (result.failures.length > 0) {
      const dir = mkdtempSync(join(tmpdir(), 'minutebook-fuzz-case-'));
      const archiveFile = join(dir, `seed-${String(options.seed)}-path-${String(index)}.json`);
      writeFileSync(archiveFile, serializeArchive(fuzz.archive));
      for (const file of result.files) writeFileSync(join(dir, file.name), file.bytes);
      const path = options.path ?? String(index);
      summary.failed.push({ path, size: plan.size, failures: result.failures, archiveFile });
      log(
        `case ${String(index)} (${plan.size}) failed; replay: --seed ${String(options.seed)} --path ${path}`,
      );
      for (const failure of result.failures.slice(0, 10)) log(`  ${failure}`);
      if (result.failures.length > 10) log(`  … and ${String(result.failures.length - 10)} more`);
      log(`  archive: ${archiveFile} (meeting 30)`);
      if (result.files.length > 0)
        log(`  files that failed: ${result.files.map((f) => f.name).join(', ')} beside it`);
    }
    if (summary.cases % 50 === 0) log(`fuzz: ${String(summary.cases)} cases so far…`);
    // Never false: every case runs and is counted, instead of stopping to shrink the first.
    return true;
  });
  await fc.assert(property, {
    numRuns: options.path === undefined ? options.runs : 1,
    seed: options.seed,
    ...(options.path === undefined ? {} : { path: options.path }),
  });
  return summary;
}
