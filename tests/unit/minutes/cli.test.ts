import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { serializeArchive } from '../../../src-renderer/domain';
import { acceptanceOf, LeakError } from '../../../src-renderer/minutes';
import { fixturePath, loadFixture, meetingOf, readDocx, root } from './minutes-support';
import { writtenFiles } from './written';
import { referenceActions } from './reference';

const exec = promisify(execFile);

/** Runs `npm run export-minutes -- …` as a user would (through node, without npm's banner). */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
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
