/**
 * `npm run fuzz -- [--runs N] [--seed N] [--path P] [--cap SECONDS]`: random archives (any
 * Unicode, 100 000-character texts, 500 items, deep sub-items, hundreds of actions; see
 * scripts/fuzz/case.ts) written as confidential and public DOCX and PDF through the app's
 * own write path, each file checked (scripts/fuzz/check.ts). Prints, last,
 * "fuzz: N cases, F failures"; exits 1 when F is not 0. A failing case is told with the seed
 * and path that replay it (`--seed S --path P`) and its archive is kept in a temporary file.
 */
import { runFuzz } from './fuzz/run';

const usage = 'Usage: npm run fuzz -- [--runs N] [--seed N] [--path P] [--cap SECONDS]';

function value(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  if (at === -1) return undefined;
  const given = argv[at + 1];
  if (given === undefined) throw new Error(`${name} needs a value.`);
  return given;
}

function whole(argv: readonly string[], name: string, min: number): number | undefined {
  const given = value(argv, name);
  if (given === undefined) return undefined;
  if (!/^\d+$/.test(given) || Number(given) < min || !Number.isSafeInteger(Number(given)))
    throw new Error(`${name} takes a whole number of at least ${String(min)}, not ${given}.`);
  return Number(given);
}

export async function main(argv: readonly string[], { root }: { root: string }): Promise<number> {
  let runs: number;
  let seed: number;
  let path: string | undefined;
  let capMs: number;
  try {
    const known = new Set(['--runs', '--seed', '--path', '--cap']);
    argv.forEach((arg, i) => {
      if (i % 2 === 0 && !known.has(arg)) throw new Error(`Unknown argument "${arg}".`);
    });
    runs = whole(argv, '--runs', 1) ?? 1000;
    seed = whole(argv, '--seed', 0) ?? Date.now() % 2_147_483_647;
    path = value(argv, '--path');
    if (path !== undefined && !/^\d+(:\d+)*$/.test(path))
      throw new Error(`--path is a fast-check path such as 12 or 12:3, not ${path}.`);
    capMs = (whole(argv, '--cap', 1) ?? 30) * 1000;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(usage);
    return 2;
  }
  const started = Date.now();
  console.log(
    path === undefined
      ? `fuzz: ${String(runs)} cases from seed ${String(seed)}, ${String(capMs / 1000)} s a case at most`
      : `fuzz: replaying seed ${String(seed)}, path ${path}`,
  );
  const summary = await runFuzz({
    runs,
    seed,
    path,
    root,
    capMs,
    log: (line) => console.log(line),
  });
  if (!summary.pdftotext)
    console.log(
      'fuzz: pdftotext is not installed here: the PDFs were loaded but their text was not checked.',
    );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const sizes = Object.entries(summary.sizes)
    .map(([size, n]) => `${String(n)} ${size}`)
    .join(', ');
  console.log(
    `fuzz: seed ${String(seed)}; ${sizes}; ${String(summary.refused)} public exports refused by the ` +
      `leak guard (not failures); ${String(summary.pdfTextsUnread)} texts with right-to-left ` +
      `characters checked in the DOCX only; slowest case ${String(summary.slowestMs)} ms; ${seconds} s in all`,
  );
  console.log(`fuzz: ${String(summary.cases)} cases, ${String(summary.failed.length)} failures`);
  return summary.failed.length === 0 ? 0 : 1;
}
