import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArchive, serializeArchive, type Archive } from '../src-renderer/domain';
import { generateArchive, type ArchiveOptions } from './archive-gen/generate';

/**
 * `npm run make-archive -- --years 15 --out FILE [--bodies 3] [--seed N] [--no-check]`: writes a
 * generated archive of realistic size (scripts/archive-gen/generate.ts) in the current format,
 * reads it back with the app's own reader (unless --no-check) and prints what it holds. Exit
 * codes: 0 written, 2 bad arguments, 1 anything else.
 */

const usage =
  'Usage: npm run make-archive -- --years N --out FILE [--bodies N] [--seed N] [--no-check]';

interface Options extends ArchiveOptions {
  out: string;
  check: boolean;
}

class UsageError extends Error {}

function whole(value: string | undefined, name: string, min: number, max: number): number {
  const n = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || n < min || n > max) {
    throw new UsageError(`--${name} takes a whole number from ${String(min)} to ${String(max)}.`);
  }
  return n;
}

export function parseArgs(argv: readonly string[]): Options {
  const values = new Map<string, string>();
  let check = true;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--no-check') check = false;
    else if (/^--(years|bodies|seed|out)$/.test(arg) && argv[i + 1] !== undefined) {
      values.set(arg.slice(2), argv[i + 1] ?? '');
      i += 1;
    } else throw new UsageError(`Unknown or incomplete argument: ${arg}`);
  }
  const out = values.get('out');
  if (out === undefined || out === '') throw new UsageError('--out FILE is required.');
  return {
    years: whole(values.get('years') ?? '15', 'years', 1, 80),
    bodies: whole(values.get('bodies') ?? '1', 'bodies', 1, 20),
    seed: whole(values.get('seed') ?? '1', 'seed', 0, 2 ** 32 - 1),
    out,
    check,
  };
}

/** "180 meetings, 5,412 agenda items, …" for one body. */
function counts(archive: Archive): string[] {
  const n = (x: number) => x.toLocaleString('en-GB');
  return archive.bodies.map((b) => {
    const sum = (pick: (m: (typeof b.meetings)[number]) => unknown[]) =>
      b.meetings.reduce((total, m) => total + pick(m).length, 0);
    const closed = b.actions.filter((a) => a.status === 'closed').length;
    return (
      `${b.name}: ${n(b.meetings.length)} meetings, ${n(sum((m) => m.agendaItems))} agenda items, ` +
      `${n(sum((m) => m.minuteBlocks))} minute blocks, ${n(sum((m) => m.attendance))} attendance rows, ` +
      `${n(b.actions.length)} actions (${n(closed)} closed), ${n(b.actionUpdates.length)} updates`
    );
  });
}

export function main(argv: readonly string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    return 0;
  }
  try {
    const options = parseArgs(argv);
    const archive = generateArchive(options);
    const text = serializeArchive(archive);
    if (options.check) {
      const read = parseArchive(text);
      if (!read.ok) throw new Error(`the app does not read it back:\n${read.errors.join('\n')}`);
      if (read.notices.length > 0)
        throw new Error(`the reader corrected it: ${read.notices[0] ?? ''}`);
    }
    const target = path.resolve(options.out);
    const temp = `${target}.${String(process.pid)}.tmp`;
    try {
      writeFileSync(temp, text);
      renameSync(temp, target);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    for (const line of counts(archive)) console.log(line);
    const mb = (Buffer.byteLength(text) / 1e6).toFixed(1);
    console.log(
      `Wrote ${options.out} (${mb} MB, ${text.length.toLocaleString('en-GB')} characters).`,
    );
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`make-archive: ${message}`);
    if (error instanceof UsageError) {
      console.error(usage);
      return 2;
    }
    return 1;
  }
}
