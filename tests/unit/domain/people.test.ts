import { describe, expect, it } from 'vitest';
import {
  alternateForError,
  initialsError,
  outstandingRows,
  ownerShown,
  quorumStatus,
  suggestInitials,
  type Member,
} from '../../../src-renderer/domain';

describe('suggestInitials', () => {
  it.each([
    ['Jane Smith', 'JS'],
    ['Jane Mary Smith', 'JMS'],
    ['Dr Jane van der Berg', 'JB'],
    ['Anne Smith-Jones', 'ASJ'],
    ['Γιώργος Παπαδόπουλος', 'ΓΠ'],
    ['  ', ''],
  ])('%s gives %s', (name, initials) => {
    expect(suggestInitials(name)).toBe(initials);
  });
});

describe('initialsError', () => {
  it('takes one short line and refuses more', () => {
    expect(initialsError('JM')).toBeUndefined();
    expect(initialsError('')).toBeUndefined();
    expect(initialsError('J\nM')).toMatch(/one line/);
    expect(initialsError('X'.repeat(21))).toMatch(/20 characters/);
    expect(initialsError(3)).toMatch(/text/);
  });
});

describe('ownerShown', () => {
  const members = [
    { id: 'jm', initials: 'JM' },
    { id: 'nn', initials: '' },
  ];
  it('shows a member owner by initials when the style uses initials', () => {
    expect(ownerShown('initials', members, { owner: 'Jane Moss', ownerMemberId: 'jm' })).toBe('JM');
  });
  it('keeps the name as typed for names, an outsider, or a member without initials', () => {
    expect(ownerShown('names', members, { owner: 'Jane Moss', ownerMemberId: 'jm' })).toBe(
      'Jane Moss',
    );
    expect(ownerShown('initials', members, { owner: 'Head of Legal', ownerMemberId: null })).toBe(
      'Head of Legal',
    );
    expect(ownerShown('initials', members, { owner: 'No Initials', ownerMemberId: 'nn' })).toBe(
      'No Initials',
    );
    expect(ownerShown('initials', members, { owner: 'Gone', ownerMemberId: 'removed' })).toBe(
      'Gone',
    );
  });
});

type Person = Pick<Member, 'id' | 'bodyId' | 'role' | 'name'>;
const person = (id: string, role: Member['role'], bodyId = 'b'): Person => ({
  id,
  bodyId,
  role,
  name: id,
});

describe('alternateForError', () => {
  it('lets an alternate vote for a voting member of the same body', () => {
    expect(alternateForError(person('alt', 'alternate'), person('jane', 'member'))).toBeUndefined();
  });
  it('refuses anyone but an alternate, another body’s member, oneself, a non-voting member', () => {
    expect(alternateForError(person('m', 'member'), person('jane', 'member'))).toMatch(/Only/);
    expect(alternateForError(undefined, person('jane', 'member'))).toMatch(/Only/);
    expect(alternateForError(person('alt', 'alternate'), person('x', 'member', 'c'))).toMatch(
      /not on this body/,
    );
    expect(alternateForError(person('alt', 'alternate'), undefined)).toMatch(/not on this body/);
    expect(alternateForError(person('alt', 'alternate'), person('alt', 'alternate'))).toMatch(
      /themselves/,
    );
    expect(alternateForError(person('alt', 'alternate'), person('obs', 'observer'))).toMatch(
      /not a voting member/,
    );
  });
});

describe('quorum with an alternate voting for a member', () => {
  const roster = [
    { id: 'jane', role: 'member' as const },
    { id: 'bob', role: 'member' as const },
    { id: 'alt', role: 'alternate' as const },
  ];
  it('counts the member represented once, even when they are also listed present', () => {
    const rows = [
      { memberId: 'jane', role: 'present' as const, forMemberId: null },
      { memberId: 'alt', role: 'present' as const, forMemberId: 'jane' },
    ];
    expect(quorumStatus(2, rows, roster)).toMatchObject({ present: 1, quorate: false });
  });
  it('counts the alternate in place of an absent member', () => {
    const rows = [
      { memberId: 'bob', role: 'present' as const, forMemberId: null },
      { memberId: 'alt', role: 'present' as const, forMemberId: 'jane' },
    ];
    expect(quorumStatus(2, rows, roster)).toMatchObject({ present: 2, quorate: true });
  });
});

describe('Actions Outstanding: closed actions and actions without a reference', () => {
  it('writes a closing update’s reference through the closed-action label', () => {
    const rows = outstandingRows(
      [
        { reference: 'TCMP-2025-009', text: 'Done.', closes: true },
        { reference: 'TCMP-2025-011', text: 'In hand.', closes: false },
      ],
      '{ref} – CLOSED',
    );
    expect(rows.map((r) => r.label)).toEqual(['TCMP-2025-009 – CLOSED', 'TCMP-2025-011']);
  });
  it('leaves the label as it is without a closed-action label', () => {
    const rows = outstandingRows([{ reference: 'SECP30/01', text: 'Done.', closes: true }]);
    expect(rows[0]?.label).toBe('SECP30/01');
  });
  it('names an action without a reference by its owner', () => {
    const rows = outstandingRows([{ reference: '', owner: 'Head of Legal', text: 'Done.' }]);
    expect(rows[0]?.label).toBe('Head of Legal');
  });
});
