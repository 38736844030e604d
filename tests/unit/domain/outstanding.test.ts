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
