import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { serializeArchive } from '../../../src-renderer/domain';
import { fixturePath, loadFixture, meetingOf, readDocx, root } from './minutes-support';
import { pdfText } from './written';

/** `npm run export-minutes -- --document agenda …`: the agenda from the command line. */

const exec = promisify(execFile);

async function cli(args: string[]) {
  try {
    const { stdout, stderr } = await exec('node', ['scripts/export-minutes.mjs', ...args], {
      cwd: root,
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const base = ['--archive', fixturePath, '--meeting', '30'];
const folder = () => mkdtempSync(join(tmpdir(), 'export-cli-agenda-'));

describe('npm run export-minutes --document agenda', () => {
  it('writes the public agenda PDF, with no confidential item’s papers, and no temp file left', async () => {
    const dir = folder();
    const out = join(dir, 'agenda.pdf');
    const run = await cli([
      ...base,
      '--document',
      'agenda',
      '--variant',
      'public',
      '--format',
      'pdf',
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Wrote .*agenda\.pdf \(public agenda pdf, \d+ bytes\)\.\n$/);
    const text = pdfText(readFileSync(out)).replace(/\s+/g, ' ');
    expect(text).toContain('Agenda of Meeting 30');
    expect(text).toContain(
      '4. Privacy Assessment — Decision Making Principles SECAS SECP_30_1003_04 10:45 15 min',
    );
    expect(text).toContain('Event of Default Update');
    for (const secret of ['SECP_30_1003_02', 'SECP_30_1003_03', 'CONFIDENTIAL', 'CANARY'])
      expect(text).not.toContain(secret);
    expect(readdirSync(dir)).toEqual(['agenda.pdf']);
  }, 60_000);

  it('writes the confidential agenda DOCX, with --document=agenda too', async () => {
    const out = join(folder(), 'agenda.docx');
    const run = await cli([
      ...base,
      '--document=agenda',
      '--variant',
      'confidential',
      '--format',
      'docx',
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    const { paragraphs } = await readDocx(readFileSync(out));
    expect(paragraphs).toContain('Agenda of Meeting 30');
    expect(paragraphs).toContain('SECP_30_1003_02');
    expect(paragraphs).toContain('CONFIDENTIAL');
  }, 60_000);

  it('writes the minutes when --document is minutes or not given', async () => {
    for (const extra of [[], ['--document', 'minutes']]) {
      const out = join(folder(), 'minutes.docx');
      const run = await cli([
        ...base,
        ...extra,
        '--variant',
        'public',
        '--format',
        'docx',
        '--out',
        out,
      ]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('(public docx,');
      const { paragraphs } = await readDocx(readFileSync(out));
      expect(paragraphs).toContain('Minutes of Meeting 30');
    }
  }, 60_000);

  it('refuses another document with exit code 2, and says --document in its usage', async () => {
    const out = join(folder(), 'x.pdf');
    const run = await cli([
      ...base,
      '--document',
      'memo',
      '--variant',
      'public',
      '--format',
      'pdf',
      '--out',
      out,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('export-minutes: --document is minutes or agenda.');
    expect(run.stderr).toContain('[--document minutes|agenda]');
    expect(existsSync(out)).toBe(false);
    const help = await cli(['--help']);
    expect(help.stdout).toContain('[--document minutes|agenda]');
  }, 60_000);

  it('refuses a public agenda that would repeat a confidential paper reference, listing the finding', async () => {
    const dir = folder();
    const archive = loadFixture();
    const item5 = meetingOf(archive).meeting.agendaItems.find((i) => i.title.startsWith('Impacts'));
    if (!item5) throw new Error('the fixture has changed');
    item5.presenter = 'Author of SECP_30_1003_02';
    const file = join(dir, 'archive.json');
    writeFileSync(file, serializeArchive(archive));
    const out = join(dir, 'agenda.pdf');
    const run = await cli([
      '--archive',
      file,
      '--meeting',
      '30',
      '--document',
      'agenda',
      '--variant',
      'public',
      '--format',
      'pdf',
      '--out',
      out,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'export-minutes: The public agenda was not produced:\n  The presenter of item 5 repeats “secp 30 1003 02” from a paper reference of item 2, which is confidential.',
    );
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
