import { describe, expect, it } from 'vitest';
import { joinReferences, outstandingRows } from '../../../src-renderer/domain';

describe('joinReferences', () => {
  it('writes the shared prefix once, as published minutes do', () => {
    expect(joinReferences(['SECP20/04', 'SECP23/08', 'SECP28/06'])).toBe(
      'SECP20/04, 23/08 & 28/06',
    );
  });

  it('leaves a single reference, or references with other prefixes, whole', () => {
    expect(joinReferences(['SECP22/04'])).toBe('SECP22/04');
    expect(joinReferences(['SECP22/04', 'TAG3/01'])).toBe('SECP22/04 & TAG3/01');
    expect(joinReferences(['01/201219', '02/201219'])).toBe('01/201219 & 02/201219');
    expect(joinReferences([])).toBe('');
  });

  it('repeats a reference whole where dropping the prefix would leave it ambiguous', () => {
    expect(joinReferences(['TCMP-2025-009', 'TCMP-2025-011'])).toBe(
      'TCMP-2025-009 & TCMP-2025-011',
    );
    expect(joinReferences(['Action-SC-2017-77', 'Action-SC-2017-78'])).toBe(
      'Action-SC-2017-77 & Action-SC-2017-78',
    );
    expect(joinReferences(['TCMP-2025-009', 'TCMP-2025-011', 'TCMP-2025-014'])).toBe(
      'TCMP-2025-009, TCMP-2025-011 & TCMP-2025-014',
    );
    // No separator left to show where the number starts: "2308" would read as a number.
    expect(joinReferences(['SECP2004', 'SECP2308'])).toBe('SECP2004 & SECP2308');
    // The remainder starts with a letter: "B3/01" would read as another body's reference.
    expect(joinReferences(['SEC20/04', 'SECB3/01'])).toBe('SEC20/04 & SECB3/01');
    // A separator the first's remainder lacks.
    expect(joinReferences(['SECP20/04', 'SECP23-08'])).toBe('SECP20/04 & SECP23-08');
  });
});

describe('outstandingRows', () => {
  it('puts updates with the same words on one row, in the order first given', () => {
    const policy =
      'The three actions on the Panel Information Policy will be covered at the April Panel meeting.';
    expect(
      outstandingRows([
        { reference: 'SECP22/04', text: 'Guidance will be produced.' },
        { reference: 'SECP20/04', text: policy },
        { reference: 'SECP23/08', text: `${policy} ` },
        { reference: 'SECP28/06', text: policy },
        { reference: 'SECP22/08', text: 'The Design Note has been published.' },
      ]).map((r) => [r.label, r.text]),
    ).toEqual([
      ['SECP22/04', 'Guidance will be produced.'],
      ['SECP20/04, 23/08 & 28/06', policy],
      ['SECP22/08', 'The Design Note has been published.'],
    ]);
  });
});
