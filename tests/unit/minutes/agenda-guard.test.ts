import { describe, expect, it } from 'vitest';
import type { AgendaItem, Archive } from '../../../src-renderer/domain';
import {
  acceptanceOf,
  buildAgenda,
  LeakError,
  writeMinutes,
  type Finding,
  type MinutesDocument,
} from '../../../src-renderer/minutes';
import { guardSources } from '../../../src-renderer/minutes/guard';
import { loadFixture, meetingOf } from './minutes-support';
import { testFonts } from './pdf-support';
import { docxText, pdfText } from './written';

/**
 * The public agenda passes the leak guard as the public minutes do: the guard reads the
 * written file and refuses confidential text in it — an item's presenter and paper references
 * among them, confidential with their item — and a confidential item's title unless the body
 * chose to show confidential items by their title.
 */

const formats = ['docx', 'pdf'] as const;

/** Top-level item `n` (1-based) of the reference meeting. */
function item(archive: Archive, n: number): AgendaItem {
  const found = meetingOf(archive).meeting.agendaItems.filter((i) => i.parentId === null)[n - 1];
  if (found === undefined) throw new Error('the fixture has changed');
  return found;
}

/** The body's agenda setting, set as the coming archive format stores it. */
function setMode(archive: Archive, mode: 'title' | 'omit' | undefined) {
  const body = meetingOf(archive).body as { agendaConfidentialItems?: 'title' | 'omit' };
  if (mode === undefined) delete body.agendaConfidentialItems;
  else body.agendaConfidentialItems = mode;
}

/** Writes a built public agenda; the guard's findings when it refuses, else the bytes. */
async function write(
  archive: Archive,
  document: MinutesDocument,
  format: 'docx' | 'pdf',
): Promise<{ bytes: Uint8Array } | { findings: readonly Finding[]; error: LeakError }> {
  const { meeting } = meetingOf(archive);
  try {
    return await writeMinutes(archive, meeting.id, document, format, await testFonts());
  } catch (error) {
    if (error instanceof LeakError) return { findings: error.findings, error };
    throw error;
  }
}

/** The public agenda with cell `column` of item `number`'s row set to `text`: a writer's slip. */
function slipped(archive: Archive, number: string, column: number, text: string) {
  const document = buildAgenda(archive, meetingOf(archive).meeting.id, 'public');
  const [table] = document.blocks;
  const row = table?.kind === 'table' ? table.rows.find((r) => r[0] === number) : undefined;
  if (row === undefined) throw new Error(`no row ${number}`);
  row[column] = text;
  return document;
}

describe('the public agenda and the leak guard', () => {
  it.each(['title', 'omit', undefined] as const)(
    'writes the reference agenda with no refusal and no confidential text (setting %s)',
    async (mode) => {
      const archive = loadFixture();
      setMode(archive, mode);
      const document = buildAgenda(archive, meetingOf(archive).meeting.id, 'public');
      for (const format of formats) {
        const written = await write(archive, document, format);
        if (!('bytes' in written)) throw written.error;
        const text = format === 'docx' ? await docxText(written.bytes) : pdfText(written.bytes);
        expect(text).toContain('Agenda of Meeting 30');
        expect(text).toContain('SECP_30_1003_04');
        for (const secret of ['SECP_30_1003_02', 'SECP_30_1003_03', 'CANARY', 'CONFIDENTIAL'])
          expect(text).not.toContain(secret);
        if (mode === 'omit') expect(text).not.toContain('Event of Default');
        else expect(text).toContain('Event of Default Update');
      }
    },
    60_000,
  );

  it('refuses the presenter of a confidential item, which no public text names', async () => {
    const archive = loadFixture();
    item(archive, 2).presenter = 'Forensic Accountants LLP';
    for (const format of formats) {
      const written = await write(
        archive,
        slipped(archive, '2.', 2, 'Forensic Accountants LLP'),
        format,
      );
      if ('bytes' in written) throw new Error(`the ${format} was written`);
      expect(written.findings.map((f) => [f.source.label, f.acceptable])).toEqual([
        ['the presenter of item 2', false],
      ]);
      expect(written.error.message).toMatch(
        /^The public agenda was not produced\. The presenter of item 2 is confidential, but its words “forensic accountants llp” would appear in the public agenda/,
      );
    }
  }, 60_000);

  it('refuses a paper reference of a confidential item wherever it is printed', async () => {
    const archive = loadFixture();
    for (const format of formats) {
      // In its own cell, and inside another item's title.
      for (const [column, text] of [
        [3, 'SECP_30_1003_02'],
        [1, 'Privacy Assessment (see SECP 30-1003-02)'],
      ] as const) {
        const written = await write(archive, slipped(archive, '4.', column, text), format);
        if ('bytes' in written) throw new Error(`the ${format} was written`);
        expect(written.findings.map((f) => [f.source.label, f.phrase, f.acceptable])).toEqual([
          ['a paper reference of item 2', 'secp 30 1003 02', false],
        ]);
      }
    }
  }, 60_000);

  it('finds a public text that repeats a confidential reference, which the secretary may accept', async () => {
    const archive = loadFixture();
    item(archive, 5).presenter = 'Author of SECP_30_1003_03';
    const { meeting } = meetingOf(archive);
    const document = buildAgenda(archive, meeting.id, 'public');
    const written = await write(archive, document, 'pdf');
    if ('bytes' in written) throw new Error('the PDF was written');
    expect(written.findings.map((f) => f.message)).toEqual([
      'The presenter of item 5 repeats “secp 30 1003 03” from a paper reference of item 3, which is confidential.',
    ]);
    meeting.acceptedFindings = written.findings.map((f) =>
      acceptanceOf(f, meeting.createdAt, 'SECAS'),
    );
    expect('bytes' in (await write(archive, document, 'pdf'))).toBe(true);
  }, 60_000);

  it("refuses a confidential item's title when the body leaves such items out", async () => {
    const archive = loadFixture();
    // Built as if the body showed titles; the body's own setting says to leave them out.
    const document = buildAgenda(archive, meetingOf(archive).meeting.id, 'public', {
      confidentialItems: 'title',
    });
    setMode(archive, 'omit');
    for (const format of formats) {
      const written = await write(archive, document, format);
      if ('bytes' in written) throw new Error(`the ${format} was written`);
      const labels = written.findings.map((f) => f.source.label);
      expect(labels).toContain('the title of item 2');
      expect(labels).toContain('the public summary of item 3');
      expect(written.findings.every((f) => !f.acceptable)).toBe(true);
    }
  }, 60_000);

  it('does not look for a presenter that a public text names in full', () => {
    const archive = loadFixture();
    const { body, meeting } = meetingOf(archive);
    // Item 2 (confidential) is presented by SECAS, the secretariat, who presents public items too.
    const labels = guardSources(body, meeting, 'agenda').confidential.map((t) => t.place.label);
    expect(labels).not.toContain('the presenter of item 2');
    expect(labels).toContain('the presenter of item 3');
    expect(labels).toContain('a paper reference of item 2');
    // The minutes print no presenters or references: their guard is as it was.
    const minutes = guardSources(body, meeting).confidential.map((t) => t.place.key);
    expect(minutes.filter((k) => /^(presenter|paper):/.test(k))).toEqual([]);
  });

  it('reads the setting on its own: a value other than title leaves the titles confidential', () => {
    const archive = loadFixture();
    const { body, meeting } = meetingOf(archive);
    const titles = () =>
      guardSources(body, meeting, 'agenda')
        .confidential.filter((t) => t.place.key.startsWith('title:'))
        .map((t) => t.text);
    setMode(archive, undefined);
    expect(titles()).toEqual([]);
    setMode(archive, 'omit');
    expect(titles()).toEqual(['Event of Default Update', 'DCC CIO Design Phase 2 Report']);
    (body as { agendaConfidentialItems?: string }).agendaConfidentialItems = 'Title';
    expect(titles()).toHaveLength(2);
  });
});
