import { describe, expect, it } from 'vitest';
import {
  actionCounterKey,
  defaultActionRefTemplate,
  formatActionRef,
  nextActionSequence,
  type ActionRefParts,
} from '../../../src-renderer/domain';

/** SEC Panel meeting 30, 10 March 2016 (the reference minutes). */
const secp30: ActionRefParts = {
  prefix: 'SECP',
  meetingNumber: 30,
  sequence: 1,
  meetingDate: '2016-03-10',
};

describe('formatActionRef', () => {
  it('gives SECP30/01 with the default template', () => {
    expect(defaultActionRefTemplate).toBe('{prefix}{meeting}/{seq}');
    expect(formatActionRef(defaultActionRefTemplate, secp30)).toBe('SECP30/01');
  });

  it.each([
    [8, 'SECP30/08'],
    [12, 'SECP30/12'],
    [99, 'SECP30/99'],
    [123, 'SECP30/123'],
  ])('pads sequence %i to two digits at least: %s', (sequence, expected) => {
    expect(formatActionRef(defaultActionRefTemplate, { ...secp30, sequence })).toBe(expected);
  });

  it.each([
    ['{prefix}-{yyyy}-{seq:3}', 14, 'TCMP-2016-014'],
    ['{prefix}-{yyyy}-{seq:3}', 1234, 'TCMP-2016-1234'],
    ['{seq:1}', 7, '7'],
    ['{seq:4}/{dd}{mm}{yy}', 15, '0015/100316'],
  ])('pads {seq:N} to N digits at least: %s, %i → %s', (template, sequence, expected) => {
    expect(formatActionRef(template, { ...secp30, prefix: 'TCMP', sequence })).toBe(expected);
  });

  it('matches the references in the reference minutes', () => {
    // "ACTION SECP22/08" carried forward, raised at meeting 22.
    expect(
      formatActionRef(defaultActionRefTemplate, { ...secp30, meetingNumber: 22, sequence: 8 }),
    ).toBe('SECP22/08');
  });

  it('writes {n} as the bare sequence and {yyyy} as the year', () => {
    expect(
      formatActionRef('Action-SC-{yyyy}-{n}', {
        prefix: 'SC',
        meetingNumber: 4,
        sequence: 77,
        meetingDate: '2017-06-01',
      }),
    ).toBe('Action-SC-2017-77');
  });

  it('writes {dd}{mm}{yy} from the meeting date', () => {
    expect(
      formatActionRef('{seq}/{dd}{mm}{yy}', {
        prefix: 'X',
        meetingNumber: 1,
        sequence: 1,
        meetingDate: '2019-12-20',
      }),
    ).toBe('01/201219');
  });

  it('keeps leading zeros of the month and day', () => {
    expect(formatActionRef('{yyyy}-{mm}-{dd}', { ...secp30, meetingDate: '2016-03-01' })).toBe(
      '2016-03-01',
    );
  });

  it('replaces every occurrence of a token', () => {
    expect(formatActionRef('{prefix}-{prefix}/{n}{n}', secp30)).toBe('SECP-SECP/11');
  });

  it('keeps unknown braces and other text as written', () => {
    expect(formatActionRef('{prefix}{meeting}/{seq} {unknown} {SEQ} {} {{seq}}', secp30)).toBe(
      'SECP30/01 {unknown} {SEQ} {} {01}',
    );
  });

  it('keeps a template with no tokens as it is', () => {
    expect(formatActionRef('ACTION', secp30)).toBe('ACTION');
    expect(formatActionRef('', secp30)).toBe('');
  });

  it('gives the same answer when called again (no regex state carried over)', () => {
    const first = formatActionRef(defaultActionRefTemplate, secp30);
    const second = formatActionRef(defaultActionRefTemplate, { ...secp30, sequence: 2 });
    const third = formatActionRef(defaultActionRefTemplate, secp30);
    expect([first, second, third]).toEqual(['SECP30/01', 'SECP30/02', 'SECP30/01']);
  });

  it('keeps Unicode prefixes as they are', () => {
    expect(formatActionRef(defaultActionRefTemplate, { ...secp30, prefix: 'PŴY' })).toBe(
      'PŴY30/01',
    );
  });

  it('does not treat "$" patterns in the prefix specially', () => {
    expect(formatActionRef(defaultActionRefTemplate, { ...secp30, prefix: '$&$1' })).toBe(
      '$&$130/01',
    );
  });
});

describe('nextActionSequence', () => {
  it('starts at 1', () => {
    expect(nextActionSequence([])).toBe(1);
  });

  it('is one past the highest used, not the count', () => {
    expect(nextActionSequence([1, 2, 3])).toBe(4);
    expect(nextActionSequence([3, 1])).toBe(4);
    expect(nextActionSequence([1, 7])).toBe(8);
  });

  it('copes with duplicates', () => {
    expect(nextActionSequence([2, 2, 2])).toBe(3);
  });
});

describe('actionCounterKey', () => {
  it('keys a running counter by the meeting’s year or the body; none per meeting', () => {
    expect(actionCounterKey('year', '2025-12-11')).toBe('2025');
    expect(actionCounterKey('year', '2026-01-15')).toBe('2026');
    expect(actionCounterKey('body', '2026-01-15')).toBe('body');
    expect(actionCounterKey('meeting', '2026-01-15')).toBeNull();
  });
});
