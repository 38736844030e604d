import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArchive, type Archive } from '../src-renderer/domain';
import {
  buildAgenda,
  buildMinutes,
  LeakError,
  loadPdfFonts,
  notProduced,
  writeMinutes,
  type DocumentKind,
  type Variant,
} from '../src-renderer/minutes';
import { decimalNumber } from './cli/decimal';
import { sameFile } from './cli/same-file';

/**
 * `npm run export-minutes -- --archive FILE --meeting NUMBER --variant confidential|public
 * --format docx|pdf --out FILE [--document minutes|agenda] [--body NAME]`: the app's own
 * minutes and agenda code, run in Node, for scripted re-exports; the minutes unless
 * --document says the agenda. Exit codes: 0 written, 2 bad arguments (an --out that is the
 * archive itself among them), 1 anything else (invalid archive, no such meeting, public export
 * refused by the leak guard, file not writable). It writes one file, never over the archive.
 */

const usage = `Usage: npm run export-minutes -- --archive FILE --meeting NUMBER --variant confidential|public --format docx|pdf --out FILE [--document minutes|agenda] [--body NAME]`;

class UsageError extends Error {
  /** `withUsage` false: the message says all there is to say, on one line. */
  constructor(
    message: string,
    readonly withUsage = true,
  ) {
    super(message);
  }
}

interface Options {
  document: DocumentKind;
  archive: string;
  meeting: number;
  variant: Variant;
  format: 'docx' | 'pdf';
  out: string;
  body: string | null;
}

const known = new Set(['archive', 'meeting', 'variant', 'format', 'out', 'body', 'document']);

export function parseArgs(argv: readonly string[]): Options {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (!match?.[1] || !known.has(match[1])) throw new UsageError(`Unknown argument "${arg}".`);
    const value = match[2] ?? argv[(i += 1)];
    if (value === undefined || value === '') throw new UsageError(`--${match[1]} needs a value.`);
    values.set(match[1], value);
  }
  const need = (name: string) => {
    const value = values.get(name);
    if (value === undefined) throw new UsageError(`--${name} is required.`);
    return value;
  };
  const given = need('meeting');
  const meeting = decimalNumber(given);
  if (meeting === null || meeting < 1) {
    throw new UsageError(
      `--meeting is a meeting number in decimal digits, e.g. 30; ${JSON.stringify(given)} is not.`,
    );
  }
  const variant = need('variant');
  if (variant !== 'confidential' && variant !== 'public') {
    throw new UsageError('--variant is confidential or public.');
  }
  const format = need('format');
  if (format !== 'docx' && format !== 'pdf') throw new UsageError('--format is docx or pdf.');
  const document = values.get('document') ?? 'minutes';
  if (document !== 'minutes' && document !== 'agenda') {
    throw new UsageError('--document is minutes or agenda.');
  }
  const archive = need('archive');
  const out = need('out');
  // Through a link or another spelling too: the archive may be the only copy of the record.
  if (sameFile(out, archive)) {
    throw new UsageError(
      `--out ${out} is the archive itself (${archive}); choose another file: nothing was written.`,
      false,
    );
  }
  return { document, archive, meeting, variant, format, out, body: values.get('body') ?? null };
}

function readArchive(file: string): Archive {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `The archive ${file} could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
  }
  const result = parseArchive(text);
  if (!result.ok)
    throw new Error(`The archive ${file} is not valid:\n  ${result.errors.join('\n  ')}`);
  // Flags made confidential to agree with their items: said, and honoured in what is written.
  for (const notice of result.notices) console.error(`minutebook: ${notice}`);
  return result.archive;
}

function meetingId(archive: Archive, number: number, bodyName: string | null): string {
  const found = archive.bodies
    .filter((b) => bodyName === null || b.name === bodyName)
    .flatMap((b) => b.meetings.filter((m) => m.number === number).map((m) => ({ b, m })));
  if (found.length === 0)
    throw new Error(
      `The archive has no meeting ${String(number)}${bodyName ? ` of ${bodyName}` : ''}.`,
    );
  if (found.length > 1) {
    const names = found.map((f) => `"${f.b.name}"`).join(', ');
    throw new UsageError(
      `Several bodies have a meeting ${String(number)} (${names}): choose one with --body.`,
    );
  }
  return found[0]?.m.id ?? '';
}

/**
 * Writes through a temp file in the same folder, flushed, then renamed over the target. The
 * temp file is created new ('wx'), so it never truncates a file already there.
 */
function writeAtomically(target: string, bytes: Uint8Array): void {
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${String(process.pid)}-${randomBytes(4).toString('hex')}.tmp`,
  );
  let created = false;
  try {
    const fd = openSync(temp, 'wx');
    created = true;
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    if (created) rmSync(temp, { force: true });
    throw new Error(
      `${target} could not be written (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
  }
}

async function render(options: Options, root: string): Promise<Uint8Array> {
  const archive = readArchive(options.archive);
  const id = meetingId(archive, options.meeting, options.body);
  const document =
    options.document === 'agenda'
      ? buildAgenda(archive, id, options.variant)
      : buildMinutes(archive, id, options.variant);
  const fonts =
    options.format === 'pdf'
      ? await loadPdfFonts((name) => readFile(path.join(root, 'assets', 'fonts', name)))
      : undefined;
  let written;
  try {
    written = await writeMinutes(archive, id, document, options.format, fonts);
  } catch (error) {
    if (!(error instanceof LeakError)) throw error;
    // Every finding, one a line; a secretary accepts findings in the app (kept in the archive).
    const lines = error.findings.map((f) => `  ${f.message}`);
    throw new Error(`${notProduced(error.document)}:\n${lines.join('\n')}`);
  }
  if (written.missingCharacters.length > 0) {
    console.warn(
      `The font lacks these characters, shown as gaps: ${written.missingCharacters.join(' ')}`,
    );
  }
  return written.bytes;
}

/** Runs the command; `root` is the repository, where assets/fonts lives. */
export async function main(argv: readonly string[], { root }: { root: string }): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    return 0;
  }
  try {
    const options = parseArgs(argv);
    const bytes = await render(options, root);
    writeAtomically(path.resolve(options.out), bytes);
    // The agenda is named; the minutes are said as before, for scripts that read the line.
    const what = options.document === 'agenda' ? `${options.variant} agenda` : options.variant;
    console.log(`Wrote ${options.out} (${what} ${options.format}, ${String(bytes.length)} bytes).`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`export-minutes: ${message}`);
    if (error instanceof UsageError) {
      if (error.withUsage) console.error(usage);
      return 2;
    }
    return 1;
  }
}
