/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  archiveFromRows,
  archiveSchema,
  archiveVersion,
  maxArchiveBytes,
  parseArchive,
  presetStyle,
  rowsFromArchiveBody,
  serializeArchive,
  type Archive,
} from '../../../src-renderer/domain';

const fixtureText = readFileSync(
  new URL('../../fixtures/sec-panel-30.archive.json', import.meta.url),
  'utf8',
);

function fixture(): Archive {
  const result = parseArchive(fixtureText);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.archive;
}

/** The fixture as a plain object, to break on purpose. */
function raw(): { bodies: Record<string, unknown>[] } & Record<string, unknown> {
  return JSON.parse(fixtureText) as { bodies: Record<string, unknown>[] } & Record<string, unknown>;
}

function fixtureJson(path: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8'));
}

function readFixture(path: string) {
  const result = parseArchive(
    readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8'),
  );
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result;
}

function errorsOf(value: unknown): string[] {
  const result = parseArchive(JSON.stringify(value));
  return result.ok ? [] : result.errors;
}

describe('archive format', () => {
  it('reads the reference meeting, and writes it back byte for byte but for the flags it made agree', () => {
    const result = parseArchive(fixtureText);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.archive.bodies[0]?.meetings[0]?.agendaItems).toHaveLength(25);
    // SECP30/10 was raised inside confidential item 2 but stored as public, entry and all.
    expect(result.notices).toEqual([
      'SEC Panel: SECP30/10 is now confidential: it was raised inside a confidential item.',
      'SEC Panel: The entry of SECP30/10 in the minutes is now confidential, as the action is.',
    ]);
    const expected = raw();
    const body = expected.bodies[0] as {
      actions: { id: string; reference: string; confidential: boolean }[];
      meetings: { minuteBlocks: { actionId?: string; confidential: boolean }[] }[];
    };
    const secp30_10 = body.actions.find((a) => a.reference === 'SECP30/10');
    if (!secp30_10) throw new Error('no SECP30/10');
    secp30_10.confidential = true;
    for (const block of body.meetings.flatMap((m) => m.minuteBlocks)) {
      if (block.actionId === secp30_10.id) block.confidential = true;
    }
    const normalised = `${JSON.stringify(expected, null, 2)}\n`;
    expect(serializeArchive(result.archive)).toBe(normalised);
    // What it wrote reads back as it is, with nothing more to change.
    expect(parseArchive(normalised)).toEqual({ ok: true, archive: result.archive, notices: [] });
  });

  it('round-trips exactly, whatever order the rows and keys came in', () => {
    const archive = fixture();
    const body = archive.bodies[0];
    if (!body) throw new Error('no body');
    const meeting = body.meetings[0];
    if (!meeting) throw new Error('no meeting');
    const shuffled: Archive = {
      ...archive,
      bodies: [
        {
          ...body,
          actions: [...body.actions].reverse(),
          actionUpdates: [...body.actionUpdates].reverse(),
          members: [...body.members].reverse(),
          meetings: [
            {
              ...meeting,
              agendaItems: [...meeting.agendaItems].reverse(),
              minuteBlocks: [...meeting.minuteBlocks].reverse(),
              attendance: [...meeting.attendance].reverse(),
            },
          ],
        },
      ],
    };
    const text = serializeArchive(shuffled);
    expect(text).toBe(serializeArchive(fixture()));
    const again = parseArchive(text);
    expect(again.ok && again.archive).toEqual(archive);
  });

  it('keeps text exactly as typed, control characters and any Unicode included', () => {
    const value = raw();
    const odd = 'Tab\there, bell \u0007, U+FFFE \uFFFE, Welsh ŵ ŷ, Ελληνικά, Кириллица, 😀';
    const body = value.bodies[0] as { members: { name: string }[] };
    const first = body.members[0];
    if (!first) throw new Error('no member');
    first.name = odd;
    const parsed = parseArchive(JSON.stringify(value));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.archive.bodies[0]?.members.some((m) => m.name === odd)).toBe(true);
    const back = parseArchive(serializeArchive(parsed.archive));
    expect(back.ok && back.archive).toEqual(parsed.archive);
  });

  it('names the path of a bad field', () => {
    const value = raw();
    const meeting = (value.bodies[0] as { meetings: Record<string, unknown>[] }).meetings[0];
    if (!meeting) throw new Error('no meeting');
    meeting.date = '2016-02-30';
    expect(errorsOf(value)).toEqual(['bodies[0].meetings[0].date: not a calendar date']);

    const other = raw();
    const items = (other.bodies[0] as { meetings: { agendaItems: Record<string, unknown>[] }[] })
      .meetings[0]?.agendaItems;
    if (!items?.[3]) throw new Error('no item');
    items[3].classification = 'secret';
    expect(errorsOf(other)[0]).toMatch(
      /^bodies\[0\]\.meetings\[0\]\.agendaItems\[3\]\.classification: /,
    );
  });

  it('refuses dangling links and duplicate ids, naming the field', () => {
    const value = raw();
    const body = value.bodies[0] as {
      actions: Record<string, unknown>[];
      meetings: { minuteBlocks: Record<string, unknown>[] }[];
    };
    const action = body.actions[2];
    const block = body.meetings[0]?.minuteBlocks[1];
    if (!action || !block) throw new Error('fixture changed');
    action.meetingId = 'nowhere';
    block.id = body.meetings[0]?.minuteBlocks[0]?.id;
    const errors = errorsOf(value);
    expect(errors).toContain('bodies[0].actions[2].meetingId: no such meeting in this body');
    expect(
      errors.some((e) => e.startsWith('bodies[0].meetings[0].minuteBlocks[1].id: the id')),
    ).toBe(true);
  });

  it('says plainly when a file is not an archive, of another version, or too large', () => {
    expect(parseArchive('not json')).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^The file is not a Minutebook archive: it is not JSON/)],
    });
    expect(parseArchive('[1,2]')).toMatchObject({ ok: false });
    expect(errorsOf({ ...raw(), version: 6 })).toEqual([
      'This archive is version 6; this Minutebook reads versions 1 to 5.',
    ]);
    expect(errorsOf({ ...raw(), version: 0 })).toEqual([
      'This archive is version 0; this Minutebook reads versions 1 to 5.',
    ]);
    expect(errorsOf({ ...raw(), version: '2' })).toEqual([
      'This archive has no version number; this Minutebook reads versions 1 to 5.',
    ]);
  });

  it('reads a version 1 archive as its copy of version 3 reads: no findings accepted, no action declassified', () => {
    const v1 = readFixture('archive-v1/sec-panel-30.archive.json');
    const v3 = readFixture('archive-v3/sec-panel-30.archive.json');
    expect(fixtureJson('archive-v1/sec-panel-30.archive.json')).toMatchObject({ version: 1 });
    expect(v1.archive).toEqual(v3.archive);
    expect(v1.notices).toEqual(v3.notices);
    expect(v1.archive.bodies[0]?.meetings[0]?.acceptedFindings).toEqual([]);
    expect(v1.archive.bodies[0]?.actions.every((a) => a.declassified === null)).toBe(true);
    expect(serializeArchive(v1.archive)).toBe(serializeArchive(v3.archive));
    expect(errorsOf({ ...raw(), format: 'something-else' })[0]).toMatch(/not a Minutebook archive/);
    const huge = parseArchive(' '.repeat(maxArchiveBytes + 1));
    expect(huge.ok ? '' : huge.errors[0]).toMatch(/too large/);
  });

  it('reads a version 2 archive as its copy of version 3 reads: the settings at their defaults, attendance in the order it printed', () => {
    const v2 = readFixture('archive-v2/sec-panel-30.archive.json');
    const v3 = readFixture('archive-v3/sec-panel-30.archive.json');
    expect(fixtureJson('archive-v2/sec-panel-30.archive.json')).toMatchObject({ version: 2 });
    expect(v2.archive).toEqual(v3.archive);
    expect(v2.notices).toEqual(v3.notices);
    expect(serializeArchive(v2.archive)).toBe(serializeArchive(v3.archive));
    expect(v2.archive.bodies[0]).toMatchObject({
      deferredItemLine: 'This item was deferred to a later meeting.',
      withdrawnItemLine: 'This item was withdrawn.',
      curlyQuotes: true,
      unplannedItemMinutes: 10,
    });
    const printed = v2.archive.bodies[0]?.meetings[0]?.attendance.map((a) => a.name);
    expect(printed?.slice(0, 2)).toEqual(['Alison Reed', 'David Hughes']);
    expect(printed?.slice(-5)).toEqual([
      'Laura Kemp',
      'Ben Stone',
      'Nadia Ali',
      'Rob Ellis',
      'Claire Watts',
    ]);
  });

  it('reads a version 3 archive as version 4: no e-mail addresses, votes, approvals, circulations or interests; the papers settings at their defaults', () => {
    const v3 = readFixture('archive-v3/sec-panel-30.archive.json');
    const v4 = readFixture('archive-v4/sec-panel-30.archive.json');
    expect(fixtureJson('archive-v3/sec-panel-30.archive.json')).toMatchObject({ version: 3 });
    const body = v3.archive.bodies[0];
    if (!body) throw new Error('no body');
    expect(body).toMatchObject({
      agendaConfidentialItems: 'title',
      interestWithdrawal: false,
      circulationSubject: '{body} meeting {meeting} on {date}',
    });
    expect(body.members.every((m) => m.email === '' && m.role === 'member')).toBe(true);
    const [meeting] = body.meetings;
    expect(meeting).toMatchObject({ approval: null, circulations: [], interests: [] });
    const decisions = (meeting?.minuteBlocks ?? []).flatMap((b) =>
      b.kind === 'decisions' ? b.decisions : [],
    );
    expect(decisions.length).toBeGreaterThan(10);
    expect(decisions.every((d) => d.vote === null && d.dissent.length === 0)).toBe(true);
    // Everything else reads as the same meeting written today in format 4 (which knows the
    // members' addresses).
    const withoutAddresses = (archive: typeof v4.archive) => ({
      ...archive,
      bodies: archive.bodies.map((b) => ({
        ...b,
        members: b.members.map((m) => ({ ...m, email: '' })),
      })),
    });
    expect(withoutAddresses(v3.archive)).toEqual(withoutAddresses(v4.archive));
    expect(v3.notices).toEqual(v4.notices);
  });

  it('reads a version 4 archive as version 5: the house style its documents had, no initials, exemptions, owning members or alternates', () => {
    const v4 = readFixture('archive-v4/sec-panel-30.archive.json');
    const v5 = readFixture('sec-panel-30.archive.json');
    expect(fixtureJson('archive-v4/sec-panel-30.archive.json')).toMatchObject({ version: 4 });
    expect(fixtureJson('sec-panel-30.archive.json')).toMatchObject({ version: 5 });
    const body = v4.archive.bodies[0];
    if (!body) throw new Error('no body');
    expect(body).toMatchObject({
      styleName: 'Custom',
      minuteNumbering: 'meeting',
      firstMinuteNumber: 1,
      privatePart: false,
      actionRefTemplate: '{prefix}{meeting}/{seq}',
      actionRefCounter: 'meeting',
      actionSequences: {},
      actionLabel: 'ACTION {ref}:',
      outstandingPlacement: 'item',
      minutesTitle: 'Minutes of Meeting {meeting}',
      decisionForm: 'verbs',
    });
    expect(body.members.every((m) => m.initials === '')).toBe(true);
    expect(body.actions.every((a) => a.ownerMemberId === null)).toBe(true);
    const [meeting] = body.meetings;
    expect(meeting?.agendaItems.every((i) => i.exemption === '')).toBe(true);
    expect(meeting?.attendance.every((a) => a.forMemberId === null)).toBe(true);
    // Everything else reads as the same meeting written today in format 5 (which names its
    // style and knows the members' initials).
    const withoutStyleName = (archive: typeof v5.archive) => ({
      ...archive,
      bodies: archive.bodies.map((b) => ({
        ...b,
        styleName: '',
        members: b.members.map((m) => ({ ...m, initials: '' })),
      })),
    });
    expect(withoutStyleName(v4.archive)).toEqual(withoutStyleName(v5.archive));
    expect(v4.notices).toEqual(v5.notices);
  });

  it('keeps votes, dissent, declarations, approvals and circulations through writing and reading', () => {
    const v4 = readFixture('sec-panel-30.archive.json');
    const archive = structuredClone(v4.archive);
    const meeting = archive.bodies[0]?.meetings[0];
    const member = archive.bodies[0]?.members[0];
    const block = meeting?.minuteBlocks.find((b) => b.kind === 'decisions');
    const item = meeting?.agendaItems[0];
    if (!meeting || !member || !item || block?.kind !== 'decisions') throw new Error('fixture');
    const [decision] = block.decisions;
    if (!decision) throw new Error('fixture');
    decision.vote = {
      for: 6,
      against: 2,
      abstain: 1,
      forNames: [],
      againstNames: ['Helen Brooks', 'Mark Chen'],
      abstainNames: ['Tom Gallagher'],
    };
    decision.dissent = ['Helen Brooks'];
    meeting.approval = { meetingId: 'meeting-31', number: 31, on: '2016-04-14' };
    meeting.circulations = [
      {
        id: 'circulation-1',
        at: '2016-03-17T09:00:00.000Z',
        by: 'Laura Kemp',
        variant: 'public',
        documents: ['SEC Panel meeting 30 minutes (public).pdf'],
        recipients: [{ name: member.name, email: member.email }],
      },
    ];
    meeting.interests = [
      {
        id: 'interest-1',
        meetingId: meeting.id,
        itemId: item.id,
        memberId: member.id,
        name: member.name,
        interest: 'Director of a supplier named in the paper',
        withdrew: true,
        confidential: false,
        position: 'a0',
        createdAt: meeting.createdAt,
        updatedAt: meeting.createdAt,
        updatedBy: 'Laura Kemp',
      },
    ];
    const text = serializeArchive(archive);
    const again = parseArchive(text);
    if (!again.ok) throw new Error(again.errors.join('\n'));
    expect(again.archive).toEqual(archive);
    expect(serializeArchive(again.archive)).toBe(text);

    // A declaration must point at an item and a member of its own meeting and body.
    const broken = structuredClone(archive);
    const interest = broken.bodies[0]?.meetings[0]?.interests[0];
    if (!interest) throw new Error('fixture');
    interest.itemId = 'no-such-item';
    interest.memberId = 'no-such-member';
    expect(errorsOf(JSON.parse(serializeArchive(broken)))).toEqual([
      'bodies[0].meetings[0].interests[0].itemId: no such item in this meeting',
      'bodies[0].meetings[0].interests[0].memberId: no such member of this body',
    ]);
  });

  it('keeps a house style, initials, exemptions, owning members and alternates through writing and reading', () => {
    const archive = structuredClone(readFixture('sec-panel-30.archive.json').archive);
    const body = archive.bodies[0];
    const meeting = body?.meetings[0];
    const [chair, alternate] = body?.members ?? [];
    const [first] = body?.actions ?? [];
    if (!body || !meeting || !chair || !alternate || !first) throw new Error('fixture');
    Object.assign(body, presetStyle('code-panel'), { actionSequences: { '2016': 14, body: 3 } });
    chair.initials = 'AR';
    const item = meeting.agendaItems[0];
    const row = meeting.attendance.find((a) => a.memberId === alternate.id);
    if (!item || !row) throw new Error('fixture');
    item.exemption = '3';
    row.forMemberId = chair.id;
    first.ownerMemberId = chair.id;
    const text = serializeArchive(archive);
    const again = parseArchive(text);
    if (!again.ok) throw new Error(again.errors.join('\n'));
    expect(again.archive).toEqual(archive);
    expect(again.archive.bodies[0]).toMatchObject({
      styleName: 'Industry code panel',
      actionRefTemplate: '{prefix}-{yyyy}-{seq:3}',
      actionRefCounter: 'year',
      actionSequences: { '2016': 14, body: 3 },
    });

    // An owning member and an alternate's member must be members of the body.
    const broken = structuredClone(archive);
    const brokenBody = broken.bodies[0];
    const brokenRow = brokenBody?.meetings[0]?.attendance.find((a) => a.forMemberId !== null);
    if (!brokenBody?.actions[0] || !brokenRow) throw new Error('fixture');
    brokenBody.actions[0].ownerMemberId = 'no-such-member';
    brokenRow.forMemberId = 'no-such-member';
    const index = brokenBody.meetings[0]?.attendance.indexOf(brokenRow) ?? -1;
    expect(errorsOf(JSON.parse(serializeArchive(broken)))).toEqual([
      `bodies[0].meetings[0].attendance[${String(index)}].forMemberId: no such member of this body`,
      'bodies[0].actions[0].ownerMemberId: no such member of this body',
    ]);
  });

  it('upgrades version 2 attendance with the Chair first within each role, then as added', () => {
    const value = fixtureJson('archive-v2/sec-panel-30.archive.json') as Record<string, unknown>;
    const body = (value.bodies as Record<string, unknown>[])[0] as Record<string, unknown>;
    const meeting = (body.meetings as Record<string, unknown>[])[0] as {
      attendance: Record<string, unknown>[];
    };
    const row = (name: string, role: string, organisation: string, createdAt: string) => ({
      ...meeting.attendance[0],
      id: `id-${name}`,
      memberId: null,
      name,
      role,
      organisation,
      createdAt,
      updatedAt: createdAt,
    });
    meeting.attendance = [
      row('Late Chair', 'present', 'Panel Chair', '2016-03-10T10:05:00.000Z'),
      row('Early member', 'present', 'DCC Member', '2016-03-10T10:01:00.000Z'),
      row('Guest', 'in-attendance', 'Ofgem', '2016-03-10T10:00:00.000Z'),
      row('Absent Chair', 'apologies', 'Chairman', '2016-03-10T10:09:00.000Z'),
      row('Absent member', 'apologies', 'Gas Network Party Member', '2016-03-10T10:02:00.000Z'),
      row('Vice', 'present', 'Vice Chair', '2016-03-10T10:07:00.000Z'),
    ];
    const result = parseArchive(JSON.stringify(value));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const rows = result.archive.bodies[0]?.meetings[0]?.attendance ?? [];
    expect(rows.map((r) => [r.name, r.position])).toEqual([
      ['Late Chair', 'a0'],
      ['Vice', 'a1'],
      ['Early member', 'a2'],
      ['Absent Chair', 'a3'],
      ['Absent member', 'a4'],
      ['Guest', 'a5'],
    ]);
    expect(result.archive.bodies[0]?.unplannedItemMinutes).toBe(10);
  });

  it('turns database rows into an archive and back', () => {
    const archive = fixture();
    const body = archive.bodies[0];
    if (!body) throw new Error('no body');
    const rows = rowsFromArchiveBody(body);
    expect(rows.minuteBlocks.length).toBeGreaterThan(50);
    expect(archiveFromRows([rows], archive.exportedAt)).toEqual(archive);
  });

  it('ships a JSON Schema generated from the validator', () => {
    const file = readFileSync(
      new URL('../../../docs/archive.schema.json', import.meta.url),
      'utf8',
    );
    const generated = z.toJSONSchema(archiveSchema, { unrepresentable: 'any' });
    expect(JSON.parse(file)).toEqual({
      ...generated,
      $id: 'https://minutebook.example/archive.schema.json',
      title: `Minutebook archive, version ${String(archiveVersion)}`,
    });
  });
});
