import { describe, expect, it } from 'vitest';
import { buildMinutes, renderDocx, type MinutesDocument } from '../../../src-renderer/minutes';
import {
  emphasis,
  headingNumber,
  hexGrey,
  minutesTitle,
  pageNumberText,
  runningHead,
  shades,
} from '../../../src-renderer/minutes/house-style';
import { layoutDocument } from '../../../src-renderer/minutes/pdf/layout';
import { facesFor } from '../../../src-renderer/minutes/pdf/metrics';
import type { TextOp } from '../../../src-renderer/minutes/pdf/types';
import { loadFixture, meetingOf, readDocx } from './minutes-support';
import { testFonts } from './pdf-support';

const faces = facesFor(await testFonts());

function reference(): MinutesDocument {
  const archive = loadFixture();
  const { meeting } = meetingOf(archive);
  meeting.status = 'held';
  return buildMinutes(archive, meeting.id, 'confidential');
}

/** The <w:p> elements of a part whose text contains `text`. */
function paragraphsWith(xml: string, text: string): string[] {
  return (xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs) ?? []).filter((p) =>
    p.includes(text),
  );
}

/** Each run of a paragraph: its text and whether it is bold. */
function runsOf(paragraph: string): { text: string; bold: boolean }[] {
  return (paragraph.match(/<w:r>.*?<\/w:r>/gs) ?? []).map((run) => ({
    text: [...run.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    bold: /<w:b\/>|<w:b w:val="(true|1|on)"\/>/.test(run),
  }));
}

describe('the house style', () => {
  it('words the title, running head and foot, headings and page numbers once', () => {
    expect(minutesTitle(30)).toBe('Minutes of Meeting 30');
    expect(runningHead({ classificationLabel: 'PUBLIC', draft: true })).toBe('PUBLIC — DRAFT');
    expect(runningHead({ classificationLabel: 'PUBLIC', draft: false })).toBe('PUBLIC');
    expect(pageNumberText(2, 9)).toBe('Page 2 of 9');
    expect(headingNumber(1, '4')).toBe('4.');
    expect(headingNumber(2, '4.1')).toBe('4.1');
    expect(headingNumber(1, '')).toBe('');
    expect(hexGrey(shades.actionFill)).toBe('F0F0F0');
    expect(hexGrey(0)).toBe('000000');
    expect(hexGrey(2)).toBe('FFFFFF');
  });

  it('gives the DOCX the same title, running head and foot, and emphasis as the PDF', async () => {
    const doc = reference();
    const { files } = await readDocx(await renderDocx(doc));
    const body = files['word/document.xml'] ?? '';
    const styles = files['word/styles.xml'] ?? '';
    const header = Object.entries(files).find(([n]) => n.startsWith('word/header'))?.[1] ?? '';
    const footer = Object.entries(files).find(([n]) => n.startsWith('word/footer'))?.[1] ?? '';

    expect(paragraphsWith(body, 'Minutes of Meeting 30')).toHaveLength(1);
    expect(header).toContain('CONFIDENTIAL — DRAFT');
    expect(footer).toContain('CONFIDENTIAL — DRAFT');
    expect(footer).toMatch(/Page [\s\S]*PAGE[\s\S]* of [\s\S]*NUMPAGES/);

    // The action line: the reference bold, the sentence regular, in a shaded panel with a rule.
    const [action] = paragraphsWith(body, 'ACTION SECP30/01:');
    expect(action).toBeDefined();
    const runs = runsOf(action ?? '');
    expect(runs[0]).toEqual({ text: 'ACTION SECP30/01: ', bold: true });
    expect(runs.slice(1).every((r) => !r.bold)).toBe(true);
    expect(
      runs
        .slice(1)
        .map((r) => r.text)
        .join(''),
    ).toMatch(/^SECAS to look into making/);
    const actionStyle = /<w:style [^>]*w:styleId="MinutesAction".*?<\/w:style>/s.exec(styles)?.[0];
    expect(actionStyle).toContain(`w:fill="${hexGrey(shades.actionFill)}"`);
    expect(actionStyle).toMatch(new RegExp(`<w:left [^>]*w:color="${hexGrey(shades.actionRule)}"`));
    expect(actionStyle).not.toContain('<w:b/>');

    // The note: label bold, text regular, nothing italic anywhere.
    const [note] = paragraphsWith(body, 'Post Meeting Note:');
    const noteRuns = runsOf(note ?? '');
    expect(noteRuns[0]).toEqual({ text: 'Post Meeting Note: ', bold: true });
    expect(noteRuns.slice(1).every((r) => !r.bold)).toBe(true);
    const noteStyle = /<w:style [^>]*w:styleId="MinutesNote".*?<\/w:style>/s.exec(styles)?.[0];
    for (const xml of [body, noteStyle ?? ''])
      expect(xml).not.toMatch(/<w:i\/>|<w:i w:val="(true|1)"/);
  });

  it('gives the PDF the same title, running head and foot, and emphasis', () => {
    const { pages } = layoutDocument(reference(), faces);
    const ops = pages.flatMap((p) => p.body.filter((op): op is TextOp => op.kind === 'text'));
    const first = pages[0]?.furniture.filter((op): op is TextOp => op.kind === 'text');
    expect(first?.map((op) => [op.text, op.face])).toEqual([
      ['CONFIDENTIAL — DRAFT', emphasis.runningHead],
      ['CONFIDENTIAL — DRAFT', emphasis.runningFoot],
      [`Page 1 of ${String(pages.length)}`, emphasis.pageNumber],
    ]);
    expect(ops.find((op) => op.text === 'Minutes of Meeting 30')?.face).toBe('bold');
    const label = ops.findIndex((op) => op.text === 'ACTION SECP30/01:');
    expect(ops[label]?.face).toBe('bold');
    expect(ops[label + 1]?.face).toBe('regular');
    const note = ops.findIndex((op) => op.text === 'Post Meeting Note:');
    expect(ops[note]?.face).toBe('bold');
    expect(ops[note + 1]?.face).toBe('regular');
    const fills = pages.flatMap((p) =>
      p.body.flatMap((op) => (op.kind === 'rect' ? [op.fill] : [])),
    );
    expect(fills).toContain(shades.actionFill);
    expect(fills).toContain(shades.actionRule);
  });
});
