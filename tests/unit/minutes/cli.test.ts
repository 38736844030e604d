import { execFile } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { serializeArchive } from '../../../src-renderer/domain';
import { acceptanceOf, LeakError } from '../../../src-renderer/minutes';
import { fixturePath, loadFixture, meetingOf, readDocx, root } from './minutes-support';
import { writtenFiles } from './written';
import { referenceActions } from './reference';

const exec = promisify(execFile);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node …args` in the repo and returns its exit code and output. */
async function node(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  try {
    const { stdout, stderr } = await exec('node', args, { cwd: root, timeout: 60_000, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Runs `npm run export-minutes -- …` as a user would (through node, without npm's banner). */
const cli = (args: string[]) => node(['scripts/export-minutes.mjs', ...args]);

const base = ['--archive', fixturePath, '--meeting', '30'];

describe('npm run export-minutes', () => {
  it('writes the public DOCX of meeting 30, with no confidential text, and no temp file left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-cli-'));
    const out = join(dir, 'public.docx');
    const run = await cli([...base, '--variant', 'public', '--format', 'docx', '--out', out]);
    // The reference archive stores SECP30/10, raised in a confidential item, as public.
    expect(run.stderr).toBe(
      'minutebook: SEC Panel: SECP30/10 is now confidential: it was raised inside a confidential item.\n' +
        'minutebook: SEC Panel: The entry of SECP30/10 in the minutes is now confidential, as the action is.\n',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Wrote');
    const { files, paragraphs } = await readDocx(readFileSync(out));
    for (const text of Object.values(files)) expect(text).not.toContain('CANARY-');
    for (const action of referenceActions) expect(paragraphs).toContain(action);
    expect(readdirSync(dir)).toEqual(['public.docx']);
  }, 60_000);

  it('writes the confidential PDF through the same code', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'export-cli-')), 'minutes.pdf');
    const run = await cli([...base, '--variant', 'confidential', '--format', 'pdf', '--out', out]);
    expect(run.code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('refuses bad arguments with a clear message and exit code 2', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'export-cli-')), 'x.docx');
    const bad = await cli([...base, '--variant', 'secret', '--format', 'docx', '--out', out]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--variant is confidential or public.');
    expect(bad.stderr).toContain('Usage: npm run export-minutes');
    const missing = await cli(['--meeting', '30']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/is required/);
    const unknown = await cli([...base, '--colour', 'red']);
    expect(unknown.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('refuses an invalid archive naming the bad field, and a meeting it lacks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-cli-'));
    const value = JSON.parse(readFileSync(fixturePath, 'utf8')) as {
      bodies: { meetings: { date: string }[] }[];
    };
    const meeting = value.bodies[0]?.meetings[0];
    if (meeting) meeting.date = '10/03/2016';
    const archive = join(dir, 'bad.json');
    writeFileSync(archive, JSON.stringify(value));
    const out = join(dir, 'x.docx');
    const run = await cli([
      '--archive',
      archive,
      '--meeting',
      '30',
      '--variant',
      'public',
      '--format',
      'docx',
      '--out',
      out,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bodies[0].meetings[0].date: not a calendar date');
    const none = await cli([
      ...base,
      '--meeting',
      '31',
      '--variant',
      'public',
      '--format',
      'docx',
      '--out',
      out,
    ]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('The archive has no meeting 31.');
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('refuses an archive of a million agenda items in one meeting in a sentence, at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-cli-'));
    const value = JSON.parse(readFileSync(fixturePath, 'utf8')) as {
      bodies: { meetings: { agendaItems: unknown }[] }[];
    };
    const meeting = value.bodies[0]?.meetings[0];
    if (meeting) meeting.agendaItems = '@ITEMS@';
    const items = `[${Array.from({ length: 1_000_000 }, () => '{}').join(',')}]`;
    const archive = join(dir, 'huge.json');
    writeFileSync(archive, JSON.stringify(value).replace('"@ITEMS@"', items));
    const out = join(dir, 'x.pdf');
    const started = Date.now();
    const run = await cli(
      ['--archive', archive, '--meeting', '30', '--variant', 'public', '--format', 'pdf'].concat([
        '--out',
        out,
      ]),
    );
    // A guard against the old hang (76 s, then out of memory), not the figure itself.
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'This archive has 1,000,000 agenda items in one meeting (bodies[0].meetings[0].agendaItems); ' +
        'Minutebook reads at most 5,000. It was not read.',
    );
    expect(run.stderr).not.toContain('heap');
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('refuses public minutes with a finding, listing it, and writes them once the archive carries its acceptance', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-cli-'));
    const archive = loadFixture();
    const { meeting } = meetingOf(archive);
    const item7 = meeting.agendaItems.filter((i) => i.parentId === null)[6];
    if (!item7) throw new Error('the fixture has changed');
    meeting.minuteBlocks.push({
      id: 'pasted',
      meetingId: meeting.id,
      itemId: item7.id,
      position: 'zz',
      confidential: false,
      kind: 'paragraph',
      text: 'Northwind Energy Supply Ltd remained in default of its payments of Charges.',
      createdAt: meeting.createdAt,
      updatedAt: meeting.createdAt,
      updatedBy: 'SECAS',
    });
    const file = join(dir, 'pasted.json');
    writeFileSync(file, serializeArchive(archive));
    const out = join(dir, 'public.docx');
    const args = ['--archive', file, '--meeting', '30', '--variant', 'public', '--format', 'docx'];
    const refused = await cli([...args, '--out', out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'export-minutes: The public minutes were not produced:\n  Paragraph 2 of item 7 repeats “northwind energy supply ltd remained in default of” from paragraph 1 of item 2, which is confidential.',
    );
    expect(existsSync(out)).toBe(false);

    const findings = await writtenFiles(archive, meeting.id, 'public').then(
      () => [],
      (e: unknown) => (e instanceof LeakError ? e.findings : []),
    );
    expect(findings).toHaveLength(1);
    meeting.acceptedFindings = findings.map((f) => acceptanceOf(f, meeting.createdAt, 'SECAS'));
    writeFileSync(file, serializeArchive(archive));
    const written = await cli([...args, '--out', out]);
    expect(written.code).toBe(0);
    const { paragraphs } = await readDocx(readFileSync(out));
    expect(paragraphs).toContain(
      'Northwind Energy Supply Ltd remained in default of its payments of Charges.',
    );
  }, 60_000);
});

describe('npm run export-minutes never writes over its archive', () => {
  /** A copy of the reference archive in a folder of its own, with its bytes as they were. */
  function archiveCopy() {
    const dir = mkdtempSync(join(tmpdir(), 'export-cli-self-'));
    const archive = join(dir, 'archive.json');
    writeFileSync(archive, readFileSync(fixturePath));
    return { dir, archive, bytes: readFileSync(archive) };
  }
  const args = ['--meeting', '30', '--variant', 'public', '--format', 'pdf'];

  it('refuses an --out that is the archive through a link or another spelling, writing nothing', async () => {
    const { dir, archive, bytes } = archiveCopy();
    symlinkSync(archive, join(dir, 'link.json'));
    linkSync(archive, join(dir, 'hard.json'));
    mkdirSync(join(dir, 'sub'));
    const listing = readdirSync(dir).sort();
    const spellings = [
      archive,
      join(dir, 'link.json'),
      join(dir, 'hard.json'),
      `${dir}/./archive.json`,
      `${dir}/sub/../archive.json`,
      relative(root, archive),
    ];
    // Another case names the same file only where the file system ignores case.
    const upper = join(dir, 'ARCHIVE.json');
    if (existsSync(upper)) spellings.push(upper);
    for (const out of spellings) {
      const run = await cli(['--archive', archive, ...args, '--out', out]);
      expect(run.code, out).toBe(2);
      expect(run.stderr).toBe(
        `export-minutes: --out ${out} is the archive itself (${archive}); choose another file: nothing was written.\n`,
      );
      expect(readFileSync(archive).equals(bytes)).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(listing);
    }
    // Named through the link, the archive is still the file --out names.
    const reverse = await cli(['--archive', join(dir, 'link.json'), ...args, '--out', archive]);
    expect(reverse.code).toBe(2);
    expect(readFileSync(archive).equals(bytes)).toBe(true);
  }, 120_000);

  it('writes beside the archive when --out is another file', async () => {
    const { dir, archive, bytes } = archiveCopy();
    const out = join(dir, 'archive.pdf');
    const run = await cli(['--archive', archive, ...args, '--out', out]);
    expect(run.code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(archive).equals(bytes)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['archive.json', 'archive.pdf']);
  }, 60_000);
});

describe('npm run export-minutes reads --meeting as decimal digits only', () => {
  it('refuses hex, exponents, fractions, signs, spaces and zero, naming what was given', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'export-cli-')), 'x.pdf');
    const rest = ['--variant', 'public', '--format', 'pdf', '--out', out];
    for (const given of ['0x1E', '3e1', '30.5', '30.0', '-1', '+30', ' 30', '30 ', '0', '٣٠']) {
      const run = await cli(['--archive', fixturePath, '--meeting', given, ...rest]);
      expect(run.code, given).toBe(2);
      expect(run.stderr).toContain(
        `--meeting is a meeting number in decimal digits, e.g. 30; ${JSON.stringify(given)} is not.`,
      );
      expect(existsSync(out)).toBe(false);
    }
  }, 120_000);

  it('reads leading zeros as decimal: 030 is meeting 30', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'export-cli-')), 'x.pdf');
    const rest = ['--variant', 'public', '--format', 'pdf', '--out', out];
    const run = await cli(['--archive', fixturePath, '--meeting', '030', ...rest]);
    expect(run.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  }, 60_000);
});

describe('scripts/run-ts.mjs keeps its bundle until a source changes', () => {
  const runTs = pathToFileURL(join(root, 'scripts', 'run-ts.mjs')).href;
  const anHourAgo = new Date(Date.now() - 3_600_000);

  it('reuses the bundle while the sources are unchanged and rebuilds it after an edit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-ts-cache-'));
    const cache = join(dir, 'cache');
    const entry = join(dir, 'entry.ts');
    const word = join(dir, 'word.ts');
    writeFileSync(
      entry,
      "import { word } from './word';\n" +
        'export function main(argv: string[]): number {\n' +
        "  console.log(`${word} ${argv.join(' ')}`);\n" +
        '  return 3;\n' +
        '}\n',
    );
    writeFileSync(word, "export const word = 'alpha';\n");
    // Sources last changed a while ago, as they are when a command is run.
    for (const file of [entry, word]) utimesSync(file, anHourAgo, anHourAgo);
    const env = { ...process.env, MINUTEBOOK_CLI_CACHE: cache };
    const run = () =>
      node(
        [
          '--input-type=module',
          '-e',
          `import { runTs } from ${JSON.stringify(runTs)};\n` +
            'process.exitCode = await runTs(process.argv[1], process.argv.slice(2));',
          entry,
          'x',
        ],
        env,
      );
    const bundles = () => readdirSync(cache).filter((f) => f.endsWith('.cjs'));

    const first = await run();
    expect(first).toMatchObject({ code: 3, stdout: 'alpha x\n' });
    const [bundle] = bundles();
    expect(bundles()).toHaveLength(1);
    if (!bundle) return;
    const built = statSync(join(cache, bundle));

    const second = await run();
    expect(second).toMatchObject({ code: 3, stdout: 'alpha x\n' });
    expect(bundles()).toEqual([bundle]);
    const kept = statSync(join(cache, bundle));
    // Not written again: the same file, untouched.
    expect([kept.ino, kept.mtimeMs]).toEqual([built.ino, built.mtimeMs]);

    // The same size and the same modification time: only the content tells the change.
    writeFileSync(word, "export const word = 'omega';\n");
    utimesSync(word, anHourAgo, anHourAgo);
    const third = await run();
    expect(third).toMatchObject({ code: 3, stdout: 'omega x\n' });
    expect(bundles()).toHaveLength(1);
    expect(bundles()).not.toEqual([bundle]);
  }, 60_000);
});

describe('npm start', () => {
  const line =
    'Minutebook: the Electron runtime is not installed here (it could not be downloaded); run `npm run web` to use Minutebook in a browser instead.\n';
  /** `node scripts/start.mjs` looking for Electron in `electronPackage`. */
  const start = (electronPackage: string, env: NodeJS.ProcessEnv = {}) => {
    const base: NodeJS.ProcessEnv = { ...process.env, ...env };
    delete base.ELECTRON_OVERRIDE_DIST_PATH;
    return node(['scripts/start.mjs'], { ...base, MINUTEBOOK_ELECTRON_PACKAGE: electronPackage });
  };

  it('says in one line that Electron is missing, names npm run web, and builds nothing', async () => {
    const none = mkdtempSync(join(tmpdir(), 'no-electron-'));
    // An electron package never installed (no path.txt), and one whose binary is missing.
    const pathOnly = mkdtempSync(join(tmpdir(), 'no-electron-'));
    writeFileSync(join(pathOnly, 'path.txt'), 'electron');
    for (const dir of [none, pathOnly]) {
      const run = await start(dir);
      expect(run).toEqual({ code: 1, stdout: '', stderr: line });
    }
  }, 60_000);

  it.skipIf(process.platform === 'win32')(
    'builds, then runs the Electron binary on the app and exits as it does',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'fake-electron-'));
      mkdirSync(join(dir, 'dist'));
      writeFileSync(join(dir, 'path.txt'), 'electron');
      const binary = join(dir, 'dist', 'electron');
      writeFileSync(binary, '#!/bin/sh\necho "electron $*"\nexit 7\n');
      chmodSync(binary, 0o755);
      // npm as npm start runs it: its path in npm_execpath.
      const npm = join(dir, 'npm.cjs');
      writeFileSync(npm, "console.log('npm ' + process.argv.slice(2).join(' '));\n");
      const run = await start(dir, { npm_execpath: npm });
      expect(run).toEqual({ code: 7, stdout: 'npm run build\nelectron .\n', stderr: '' });

      writeFileSync(npm, 'process.exit(4);\n');
      const failed = await start(dir, { npm_execpath: npm });
      expect(failed).toEqual({ code: 4, stdout: '', stderr: '' });
    },
    60_000,
  );
});
