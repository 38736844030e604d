import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src-renderer/minutes';
import { arialWidth } from '../../../src-renderer/minutes/docx-measure';
import { textWidth } from '../../../src-renderer/minutes/docx-styles';
import { convertWithLibreOffice, readDocx } from './minutes-support';
import { sampleDocument } from './pdf-sample';
import { name, referenceTables, tableWords } from './reference-tables';

/** The grid column widths (twips) of each table of the body, in order. */
function grids(xml: string): number[][] {
  return [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/w:w="(\d+)"/g)].map((w) => Number(w[1])),
  );
}

describe('DOCX table columns fit their longest word', () => {
  const doc = sampleDocument({ blocks: referenceTables });

  it('widens a column narrower than its longest word, from the columns with most slack', async () => {
    const { files } = await readDocx(await renderDocx(doc));
    const [outstanding, summary] = grids(files['word/document.xml'] ?? '');
    // The Actions Outstanding columns already fit: their shares are kept.
    expect(outstanding).toEqual([0.25, 0.75].map((s) => Math.round(s * textWidth)));
    const owner = summary?.[1] ?? 0;
    expect(owner).toBeGreaterThan(Math.round(0.14 * textWidth));
    // The name fits within the cell's margins (100 twips a side), at the Table Text size.
    expect(owner - 200).toBeGreaterThanOrEqual(arialWidth(name, 'regular', 19));
    // The width came from the Action column, the one with most to spare; the table is as wide.
    expect(summary?.[2]).toBeLessThan(Math.round(0.52 * textWidth));
    // "Action-SC-2017-77" is wider than 0.16 of the line in Arial at 9.5 pt: widened too.
    expect((summary?.[0] ?? 0) - 200).toBeGreaterThanOrEqual(
      arialWidth('Action-SC-2017-77', 'regular', 19),
    );
    expect((summary ?? []).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(textWidth);
    // Each line of a two-reference cell fits whole, so Word never breaks it at a hyphen.
    for (const line of ['TCMP-2025-009\u00a0&', 'TCMP-2025-011'])
      expect((outstanding?.[0] ?? 0) - 200).toBeGreaterThanOrEqual(arialWidth(line, 'regular', 19));
    expect(files['word/document.xml']).toContain('TCMP-2025-009\u00a0&amp;</w:t>');
  });

  it('keeps each word whole on one line as LibreOffice sets it', async () => {
    const pdf = await convertWithLibreOffice(await renderDocx(doc), 'table-words');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    for (const word of tableWords) expect(text).toContain(word);
    expect(text).not.toMatch(/Παπαδόπουλ\s/u);
  }, 120_000);

  it('measures Arial as Word sets it, erring wide for letters it has no table for', () => {
    // "TCMP-2025-014" in Arial: T C M P - are 611 722 833 667 333, digits 556, at 9.5 pt.
    const units = 611 + 722 + 833 + 667 + 2 * 333 + 7 * 556;
    expect(arialWidth('TCMP-2025-014', 'regular', 19)).toBeCloseTo(
      (units / 1000) * 9.5 * 20 * 1.04,
      5,
    );
    expect(arialWidth('é', 'regular', 19)).toBe(arialWidth('e', 'regular', 19));
    expect(arialWidth('中', 'regular', 20)).toBeCloseTo(200 * 1.04, 5);
  });
});
