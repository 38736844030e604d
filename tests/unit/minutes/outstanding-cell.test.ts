import { describe, expect, it } from 'vitest';
import { outstandingRows } from '../../../src-renderer/domain';
import { referenceCell } from '../../../src-renderer/minutes/outstanding-blocks';

const cell = (references: string[]) =>
  referenceCell(
    outstandingRows(references.map((reference) => ({ reference, text: 'Same words.' })))[0] ?? {
      references: [],
      label: '',
    },
  );

describe('the reference cell of the Actions Outstanding table', () => {
  it('starts each hyphenated reference on a line of its own, its separator bound to it', () => {
    expect(cell(['TCMP-2025-009', 'TCMP-2025-011'])).toBe('TCMP-2025-009\u00a0&\nTCMP-2025-011');
    expect(cell(['TCMP-2025-009', 'TCMP-2025-011', 'TCMP-2025-014'])).toBe(
      'TCMP-2025-009,\nTCMP-2025-011\u00a0&\nTCMP-2025-014',
    );
    // No line holds a break opportunity after another reference: only spaces split words.
    for (const line of cell(['A-1', 'A-2', 'B-3']).split('\n')) expect(line).not.toMatch(/ /);
  });

  it('keeps the joined label where Word has no hyphen to break at', () => {
    expect(cell(['SECP20/04', 'SECP23/08', 'SECP28/06'])).toBe('SECP20/04, 23/08 & 28/06');
    expect(cell(['TCMP-2025-014'])).toBe('TCMP-2025-014');
  });
});
