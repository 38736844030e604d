/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  MinutebookDb,
  deleteBlock,
  readActionLog,
  updateBlock,
  schemaV1,
  schemaV5,
  schemaV7,
  schemaV9,
} from '../../../src-renderer/db';
import { actionOfRow } from '../../../src-renderer/db/database';
import { talliesOf } from '../../../src-renderer/db/repos/action-tallies';
import {
  byPosition,
  confidentialityOf,
  parseArchive,
  rowsFromArchiveBody,
  styleRowDefaults,
  styleUpgradeDefaults,
  type Action,
  type ActionUpdate,
  type AgendaItem,
  type Amendment,
  type Attendance,
  type ArchiveBody,
  type Body,
  type BodyRows,
  type Meeting,
  type Member,
  type MinuteBlock,
} from '../../../src-renderer/domain';
import { meetingPapersDefaults, memberDefaults } from '../../../src-renderer/domain/body-settings';
import { useTestDatabases } from './support';
import { allBlocks, getBlock } from '../../../src-renderer/db/block-store';

const open = useTestDatabases();
const audit = {
  createdAt: '2016-04-14T09:00:00.000Z',
  updatedAt: '2016-04-14T09:00:00.000Z',
  updatedBy: 'Laura Kemp',
};

/**
 * The reference meeting as a version 1 database held it: its SECP30/10, raised inside
 * confidential item 2, stored as public with its entry in the minutes; and an update given to
 * it at a later meeting, stored as public too.
 */
/** The rows of a fixture's one body, exactly as its file holds them (no upgrade applied). */
function fixtureRows(path: string): BodyRows {
  const text = readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
  // Before format 4 a meeting had no list of interests (nor the database a table of them).
  type Older = Omit<ArchiveBody, 'meetings'> & {
    meetings: (Omit<ArchiveBody['meetings'][number], 'interests'> & { interests?: [] })[];
  };
  const body = (JSON.parse(text) as { bodies: Older[] }).bodies[0];
  if (!body) throw new Error('no body');
  const meetings = body.meetings.map((m) => ({ ...m, interests: m.interests ?? [] }));
  return rowsFromArchiveBody({ ...body, meetings });
}

/**
 * What versions 5 and 6 add to rows of an earlier version: archive format 4's defaults, then
 * format 5's house style.
 */
const upgraded = {
  body: (b: Body): Body => Object.assign({}, meetingPapersDefaults, styleUpgradeDefaults, b),
  member: (m: Member): Member => Object.assign({}, memberDefaults, styleRowDefaults.member, m),
  attendance: (a: Attendance): Attendance => Object.assign({}, styleRowDefaults.attendance, a),
  item: (i: AgendaItem): AgendaItem => Object.assign({}, styleRowDefaults.item, i),
  action: (a: Action): Action => Object.assign({}, styleRowDefaults.action, a),
  meeting: (m: Meeting): Meeting => Object.assign({ approval: null, circulations: [] }, m),
  block: (b: MinuteBlock): MinuteBlock =>
    b.kind === 'decisions'
      ? {
          ...b,
          decisions: b.decisions.map((d) => Object.assign({ vote: null, dissent: [] }, d)),
        }
      : b,
};

function version1Rows(): BodyRows {
  // Rows as version 1 stored them: the archive of format 1 holds exactly those fields.
  const rows = fixtureRows('archive-v1/sec-panel-30.archive.json');
  expect(rows.meetings[0]).not.toHaveProperty('acceptedFindings');
  expect(rows.actions[0]).not.toHaveProperty('declassified');
  const secp30_10 = rows.actions.find((a) => a.reference === 'SECP30/10');
  const meeting30 = rows.meetings[0];
  if (!secp30_10 || !meeting30) throw new Error('the fixture has changed');
  expect(secp30_10.confidential).toBe(false);
  const meeting31 = { ...meeting30, id: 'meeting-31', number: 31, date: '2016-04-14' };
  const update: ActionUpdate = {
    id: 'update-at-31',
    actionId: secp30_10.id,
    meetingId: meeting31.id,
    text: 'The remediation plan was presented (CANARY-10b).',
    closes: false,
    confidential: false,
    createdAt: meeting31.createdAt,
    updatedAt: meeting31.createdAt,
    updatedBy: 'SECAS',
  };
  return {
    ...rows,
    meetings: [...rows.meetings, meeting31],
    actionUpdates: [...rows.actionUpdates, update],
  };
}

/** The stored actions without their tallies (version 8), as earlier versions held them. */
async function storedActions(db: MinutebookDb): Promise<Action[]> {
  return (await db.actions.toArray()).map(actionOfRow);
}

async function seedVersion(
  version: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9,
  name: string,
  rows: BodyRows,
): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(version).stores(
    version >= 9 ? schemaV9 : version >= 7 ? schemaV7 : version >= 5 ? schemaV5 : schemaV1,
  );
  await v1.open();
  await v1.table('bodies').add(rows.body);
  const tables = [
    'members',
    'meetings',
    'agendaItems',
    'minuteBlocks',
    'attendance',
    'amendments',
    'actions',
    'actionUpdates',
  ] as const;
  for (const table of tables) await v1.table(table).bulkAdd(rows[table]);
  v1.close();
}

describe('the database upgrade to version 2', () => {
  it('makes an action raised in a confidential item confidential, with its entry and updates, and nothing else', async () => {
    const rows = version1Rows();
    const db = open();
    await seedVersion(1, db.name, rows);
    await db.open();
    expect(db.verno).toBe(10);

    const secp30_10 = rows.actions.find((a) => a.reference === 'SECP30/10');
    const action = await db.actions.get(secp30_10?.id ?? '');
    expect(action?.confidential).toBe(true);
    const entry = (await allBlocks(db)).find(
      (b) => b.kind === 'action' && b.actionId === secp30_10?.id,
    );
    expect(entry?.confidential).toBe(true);
    expect((await db.actionUpdates.get('update-at-31'))?.confidential).toBe(true);

    // Every other row is as it was, audit fields included.
    const changed = new Set([secp30_10?.id, entry?.id, 'update-at-31']);
    const unchanged = <T extends { id: string }>(list: T[]) =>
      list.filter((r) => !changed.has(r.id)).sort((a, b) => a.id.localeCompare(b.id));
    const version3 = rows.actions.map((a) => upgraded.action({ ...a, declassified: null }));
    expect(unchanged(await storedActions(db))).toEqual(unchanged(version3));
    expect(unchanged(await allBlocks(db))).toEqual(
      unchanged(rows.minuteBlocks.map(upgraded.block)),
    );
    expect(unchanged(await db.actionUpdates.toArray())).toEqual(unchanged(rows.actionUpdates));
    expect(unchanged(await db.agendaItems.toArray())).toEqual(
      unchanged(rows.agendaItems.map(upgraded.item)),
    );
  });

  it('opens an empty version 1 database', async () => {
    const db = open();
    const v1 = new Dexie(db.name);
    v1.version(1).stores(schemaV1);
    await v1.open();
    v1.close();
    await db.open();
    expect(db.verno).toBe(10);
    expect(await db.actions.count()).toBe(0);
  });
});

describe('the database upgrade to version 3', () => {
  it('gives every meeting no accepted findings and every action no declassification, changing nothing else', async () => {
    const rows = version1Rows();
    const db = open();
    await seedVersion(2, db.name, rows);
    await db.open();
    expect(db.verno).toBe(10);
    const byId = <T extends { id: string }>(list: T[]) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await db.meetings.toArray())).toEqual(
      byId(rows.meetings.map((m) => upgraded.meeting({ ...m, acceptedFindings: [] }))),
    );
    expect(byId(await storedActions(db))).toEqual(
      byId(rows.actions.map((a) => upgraded.action({ ...a, declassified: null }))),
    );
    expect(byId(await db.actionUpdates.toArray())).toEqual(byId(rows.actionUpdates));
  });
});

describe('the database upgrade to version 4', () => {
  it('gives bodies the minutes-style defaults and attendance the order it printed, changing nothing else', async () => {
    // Archive format 2 holds exactly the fields of database version 3.
    const rows = fixtureRows('archive-v2/sec-panel-30.archive.json');
    expect(rows.body).not.toHaveProperty('curlyQuotes');
    expect(rows.attendance[0]).not.toHaveProperty('position');
    const db = open();
    await seedVersion(3, db.name, rows);
    await db.open();
    expect(db.verno).toBe(10);

    // Exactly what reading the same archive as format 3 gives.
    const v3 = fixtureRows('archive-v3/sec-panel-30.archive.json');
    expect(await db.bodies.get(rows.body.id)).toEqual(upgraded.body(v3.body));
    const byId = <T extends { id: string }>(list: T[]) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await db.attendance.toArray())).toEqual(
      byId(v3.attendance.map(upgraded.attendance)),
    );
    expect(byId(await db.meetings.toArray())).toEqual(byId(rows.meetings.map(upgraded.meeting)));
    expect(byId(await db.members.toArray())).toEqual(byId(rows.members.map(upgraded.member)));
  });

  it('puts the Chair first within each role, then everyone as added, meeting by meeting', async () => {
    const rows = fixtureRows('archive-v2/sec-panel-30.archive.json');
    const [meeting] = rows.meetings;
    const [template] = rows.attendance;
    if (!meeting || !template) throw new Error('the fixture has changed');
    const other = { ...meeting, id: 'meeting-31', number: 31 };
    const row = (
      id: string,
      meetingId: string,
      role: Attendance['role'],
      organisation: string,
      minute: number,
    ) => {
      const at = `2016-03-10T10:${String(minute).padStart(2, '0')}:00.000Z`;
      // A version 3 row: the template from format 2 has no position.
      return {
        ...template,
        id,
        meetingId,
        memberId: null,
        name: id,
        role,
        organisation,
        createdAt: at,
        updatedAt: at,
      };
    };
    const attendance = [
      row('member', other.id, 'present', 'DCC Member', 1),
      row('guest', other.id, 'in-attendance', 'Ofgem', 0),
      row('chair', other.id, 'present', 'Panel Chair', 9),
      row('away', other.id, 'apologies', 'Consumer Member', 2),
      row('lone', meeting.id, 'apologies', 'Chair', 5),
    ] as unknown as Attendance[];
    const db = open();
    await seedVersion(3, db.name, { ...rows, meetings: [meeting, other], attendance });
    await db.open();
    const stored = await db.attendance.toArray();
    const order = (meetingId: string) =>
      stored
        .filter((a) => a.meetingId === meetingId)
        .sort((a, b) => (a.position < b.position ? -1 : 1))
        .map((a) => a.id);
    expect(order(other.id)).toEqual(['chair', 'member', 'away', 'guest']);
    expect(order(meeting.id)).toEqual(['lone']);
    expect(stored.find((a) => a.id === 'chair')?.updatedAt).toBe('2016-03-10T10:09:00.000Z');
  });

  it('opens an empty version 3 database', async () => {
    const db = open();
    const v3 = new Dexie(db.name);
    v3.version(3).stores(schemaV1);
    await v3.open();
    v3.close();
    await db.open();
    expect(db.verno).toBe(10);
    expect(await db.attendance.count()).toBe(0);
  });
});

describe('the database upgrade to version 5', () => {
  it('gives bodies, members, meetings, decisions and amendments what format 4 adds, changing nothing else', async () => {
    // Archive format 3 holds exactly the fields of database version 4.
    const rows = fixtureRows('archive-v3/sec-panel-30.archive.json');
    expect(rows.members[0]).not.toHaveProperty('email');
    const meeting30 = rows.meetings[0];
    if (!meeting30) throw new Error('the fixture has changed');
    const amendment = {
      id: 'amendment-1',
      meetingId: meeting30.id,
      date: '2016-04-14',
      reason: 'A name was misspelt.',
      text: 'Siân Prydderch',
      ...audit,
    } as unknown as Amendment;
    const db = open();
    await seedVersion(4, db.name, { ...rows, amendments: [amendment] });
    await db.open();
    expect(db.verno).toBe(10);

    const byId = <T extends { id: string }>(list: T[]) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(await db.bodies.get(rows.body.id)).toEqual({
      ...rows.body,
      ...styleUpgradeDefaults,
      agendaConfidentialItems: 'title',
      interestWithdrawal: false,
      circulationSubject: meetingPapersDefaults.circulationSubject,
      circulationMessage: meetingPapersDefaults.circulationMessage,
    });
    expect(byId(await db.members.toArray())).toEqual(
      byId(rows.members.map((m) => ({ ...m, email: '', role: 'member', initials: '' }))),
    );
    expect(byId(await db.meetings.toArray())).toEqual(
      byId(rows.meetings.map((m) => ({ ...m, approval: null, circulations: [] }))),
    );
    const blocks = byId(await allBlocks(db));
    const decisions = blocks.flatMap((b) => (b.kind === 'decisions' ? b.decisions : []));
    expect(decisions.length).toBeGreaterThan(10);
    expect(decisions.every((d) => d.vote === null && d.dissent.length === 0)).toBe(true);
    expect(blocks).toEqual(byId(rows.minuteBlocks.map(upgraded.block)));
    expect(await db.amendments.toArray()).toEqual([
      { ...amendment, itemId: null, confidential: false, agreedAt: null },
    ]);
    expect(await db.interests.count()).toBe(0);
    // Audit fields untouched: the upgrade is not an edit.
    expect((await db.members.toArray()).map((m) => m.updatedAt).sort()).toEqual(
      rows.members.map((m) => m.updatedAt).sort(),
    );
  });

  it('reads the same rows as an archive of format 3 read today', async () => {
    const rows = fixtureRows('archive-v3/sec-panel-30.archive.json');
    const db = open();
    await seedVersion(4, db.name, rows);
    await db.open();
    const text = readFileSync(
      new URL('../../fixtures/archive-v3/sec-panel-30.archive.json', import.meta.url),
      'utf8',
    );
    const parsed = parseArchive(text);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const upgraded = parsed.archive.bodies[0];
    if (!upgraded) throw new Error('no body');
    const fromArchive = rowsFromArchiveBody(upgraded);
    const byId = <T extends { id: string }>(list: T[]) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(await db.bodies.get(rows.body.id)).toEqual(fromArchive.body);
    expect(byId(await db.members.toArray())).toEqual(byId(fromArchive.members));
    expect(byId(await db.meetings.toArray())).toEqual(byId(fromArchive.meetings));
    // Decisions as format 4 reads them (the reader also settles confidentiality flags, which
    // the database did at version 2).
    const decisionsOf = (blocks: MinuteBlock[]) =>
      byId(blocks).flatMap((b) => (b.kind === 'decisions' ? b.decisions : []));
    expect(decisionsOf(await allBlocks(db))).toEqual(decisionsOf(fromArchive.minuteBlocks));
  });
});

describe('the database upgrade to version 6', () => {
  it('gives bodies the house style their documents had and the new row fields, changing nothing else', async () => {
    // Archive format 4 holds exactly the fields of database version 5.
    const rows = fixtureRows('archive-v4/sec-panel-30.archive.json');
    expect(rows.body).not.toHaveProperty('minuteNumbering');
    expect(rows.members[0]).not.toHaveProperty('initials');
    const db = open();
    await seedVersion(5, db.name, rows);
    await db.open();
    expect(db.verno).toBe(10);

    const byId = <T extends { id: string }>(list: T[]) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id));
    const body = await db.bodies.get(rows.body.id);
    expect(body).toEqual({ ...rows.body, ...styleUpgradeDefaults });
    // What the body had is kept: its template, verbs and lines are its style already.
    expect(body?.actionRefTemplate).toBe(rows.body.actionRefTemplate);
    expect(body?.minutesTitle).toBe('Minutes of Meeting {meeting}');
    expect(body?.minuteNumbering).toBe('meeting');
    expect(byId(await db.members.toArray())).toEqual(
      byId(rows.members.map((m) => ({ ...m, initials: '' }))),
    );
    expect(byId(await db.agendaItems.toArray())).toEqual(
      byId(rows.agendaItems.map((i) => ({ ...i, exemption: '' }))),
    );
    expect(byId(await storedActions(db))).toEqual(
      byId(rows.actions.map((a) => ({ ...a, ownerMemberId: null }))),
    );
    expect(byId(await db.attendance.toArray())).toEqual(
      byId(rows.attendance.map((a) => ({ ...a, forMemberId: null }))),
    );
    expect(byId(await db.meetings.toArray())).toEqual(byId(rows.meetings));
    expect(byId(await allBlocks(db))).toEqual(byId(rows.minuteBlocks));
  });

  it('reads the same rows as an archive of format 4 read today', async () => {
    const path = 'archive-v4/sec-panel-30.archive.json';
    const rows = fixtureRows(path);
    const db = open();
    await seedVersion(5, db.name, rows);
    await db.open();
    const parsed = parseArchive(
      readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8'),
    );
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const upgradedBody = parsed.archive.bodies[0];
    if (!upgradedBody) throw new Error('no body');
    const fromArchive = rowsFromArchiveBody(upgradedBody);
    const byId = <T extends { id: string }>(list: T[]) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(await db.bodies.get(rows.body.id)).toEqual(fromArchive.body);
    expect(byId(await db.members.toArray())).toEqual(byId(fromArchive.members));
    expect(byId(await db.agendaItems.toArray())).toEqual(byId(fromArchive.agendaItems));
    // Actions as format 5 reads them, but for the confidentiality flags the reader settles
    // (which the database did at version 2).
    const ownerOf = (list: Action[]) => byId(list).map((a) => [a.id, a.ownerMemberId]);
    expect(ownerOf(await db.actions.toArray())).toEqual(ownerOf(fromArchive.actions));
    expect(byId(await db.attendance.toArray())).toEqual(byId(fromArchive.attendance));
  });
});

describe('the database upgrade to version 7', () => {
  it('indexes the stored items by classification and parent, changing no row', async () => {
    // Archive format 5 holds exactly the fields of database version 6. A public sub-item is
    // added under each confidential item, raising an action stored as public: the rule makes
    // it confidential, and the log finds that through the new indexes.
    const rows = fixtureRows('sec-panel-30.archive.json');
    const confidential = rows.agendaItems.filter((i) => i.classification === 'confidential');
    expect(confidential.length).toBeGreaterThan(0);
    const subItems = confidential.map((parent, i) => ({
      ...parent,
      id: `sub-${String(i)}`,
      parentId: parent.id,
      classification: 'public' as const,
      position: `${parent.position}z`,
    }));
    const raised = subItems.map((item, i) => ({
      ...(rows.actions[0] as Action),
      id: `raised-${String(i)}`,
      reference: `SUB/${String(i)}`,
      itemId: item.id,
      meetingId: item.meetingId,
      confidential: false,
    }));
    const seeded = {
      ...rows,
      agendaItems: [...rows.agendaItems, ...subItems],
      actions: [...rows.actions, ...raised],
    };
    const db = open();
    await seedVersion(6, db.name, seeded);
    await db.open();
    expect(db.verno).toBe(10);

    const ids = (list: { id: string }[]) => list.map((r) => r.id).sort();
    const byId = <T extends { id: string }>(list: T[]) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await db.agendaItems.toArray())).toEqual(byId(seeded.agendaItems));
    expect(
      ids(await db.agendaItems.where('classification').equals('confidential').toArray()),
    ).toEqual(ids(confidential));
    const parent = confidential[0];
    if (!parent) throw new Error('no confidential item');
    expect(ids(await db.agendaItems.where('parentId').equals(parent.id).toArray())).toEqual(
      ids(seeded.agendaItems.filter((i) => i.parentId === parent.id)),
    );
    const log = await readActionLog(db, rows.body.id);
    const rule = confidentialityOf(seeded.agendaItems, seeded.actions);
    const expected = seeded.actions.filter((a) => rule.action(a)).map((a) => a.id);
    for (const action of raised) expect(expected).toContain(action.id);
    expect([...log.confidential].sort()).toEqual(expected.sort());
  });
});

describe('the database upgrade to version 8', () => {
  it('gives every action the tally of its updates, changing nothing else', async () => {
    // Archive format 5 holds exactly the fields of database version 7. Updates are added at a
    // second meeting: two to one action (one closing it), so tallies of 0, 1 and 2 are seen.
    const rows = fixtureRows('sec-panel-30.archive.json');
    const meeting30 = rows.meetings.find((m) => m.number === 30);
    const [first, second] = rows.actions;
    if (!meeting30 || !first || !second) throw new Error('the fixture has changed');
    const meeting31 = { ...meeting30, id: 'meeting-31', number: 31, date: '2016-04-14' };
    const later = (id: string, actionId: string, closes: boolean): ActionUpdate => ({
      ...(rows.actionUpdates[0] as ActionUpdate),
      id,
      actionId,
      meetingId: meeting31.id,
      text: `Update ${id}.`,
      closes,
      confidential: false,
    });
    const seeded = {
      ...rows,
      meetings: [...rows.meetings, meeting31],
      actions: rows.actions.map((a) =>
        a.id === first.id ? { ...a, status: 'closed' as const } : a,
      ),
      actionUpdates: [
        ...rows.actionUpdates.filter((u) => u.actionId !== first.id && u.actionId !== second.id),
        later('u-1', first.id, false),
        later('u-2', first.id, true),
        later('u-3', second.id, false),
      ],
    };
    const db = open();
    await seedVersion(7, db.name, seeded);
    await db.open();
    expect(db.verno).toBe(10);

    const byId = <T extends { id: string }>(list: T[]) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await storedActions(db))).toEqual(byId(seeded.actions));
    expect(byId(await db.actionUpdates.toArray())).toEqual(byId(seeded.actionUpdates));
    const tallies = new Map((await db.actions.toArray()).map((a) => [a.id, a.tally]));
    expect(tallies.get(first.id)).toEqual({ updates: 2, closingMeetings: [meeting31.id] });
    expect(tallies.get(second.id)).toEqual({ updates: 1, closingMeetings: [] });
    const counts = new Set([...tallies.values()].map((t) => t.updates));
    expect(counts).toContain(0);
    // The log reads them with the actions.
    const log = await readActionLog(db, rows.body.id);
    expect(log.tallies.get(first.id)).toEqual(tallies.get(first.id));
    // (The hook of useTestDatabases checks every tally against the updates after each test.)
  });
});

/**
 * The fixture's rows as versions 8 and 9 held them: archive format 5 with a tally on each
 * action, its meetings held, not yet approved, so that their minutes can be written to.
 */
function rowsWithTallies(): BodyRows {
  const rows = fixtureRows('sec-panel-30.archive.json');
  const tally = talliesOf(rows.actionUpdates);
  return {
    ...rows,
    meetings: rows.meetings.map((m) => ({ ...m, status: 'held' as const, approval: null })),
    actions: rows.actions.map((a) => ({ ...a, tally: tally(a.id) })),
  };
}

describe('the database upgrade to version 9', () => {
  it('adds the revisions, empty, changing no row; the first write after it writes one', async () => {
    const seeded = rowsWithTallies();
    const db = open();
    await seedVersion(8, db.name, seeded);
    await db.open();
    expect(db.verno).toBe(10);

    const byId = <T extends { id: string }>(list: T[]) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(await db.bodies.toArray()).toEqual([seeded.body]);
    expect(byId(await db.meetings.toArray())).toEqual(byId(seeded.meetings));
    expect(byId(await db.actions.toArray())).toEqual(byId(seeded.actions));
    expect(byId(await allBlocks(db))).toEqual(byId(seeded.minuteBlocks));
    expect(byId(await db.agendaItems.toArray())).toEqual(byId(seeded.agendaItems));
    expect(byId(await db.actionUpdates.toArray())).toEqual(byId(seeded.actionUpdates));
    expect(byId(await db.attendance.toArray())).toEqual(byId(seeded.attendance));
    expect(await db.revisions.toArray()).toEqual([]);

    const paragraph = seeded.minuteBlocks.find((b) => b.kind === 'paragraph');
    const meeting = seeded.meetings.find((m) => m.id === paragraph?.meetingId);
    if (paragraph === undefined || meeting === undefined)
      throw new Error('the fixture has changed');
    const ctx = {
      db,
      user: () => 'SECAS',
      now: () => '2016-04-14T09:00:00.000Z',
      newId: () => 'x',
    };
    await updateBlock(ctx, paragraph.id, { text: 'Typed after the upgrade.' });
    expect((await db.revisions.toArray()).map((r) => r.id)).toEqual([meeting.id]);
  });
});

describe('the database upgrade to version 10', () => {
  it("moves every block into its item's row, in position order, unchanged, and drops the old table", async () => {
    const seeded = rowsWithTallies();
    const db = open();
    await seedVersion(9, db.name, seeded);
    await db.open();
    expect(db.verno).toBe(10);
    expect([...db.backendDB().objectStoreNames]).not.toContain('minuteBlocks');

    const byId = <T extends { id: string }>(list: T[]) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await allBlocks(db))).toEqual(byId(seeded.minuteBlocks));
    const rows = await db.itemMinutes.toArray();
    const items = new Set(seeded.minuteBlocks.map((b) => b.itemId));
    expect(rows.map((r) => r.id).sort()).toEqual([...items].sort());
    for (const row of rows) {
      const own = seeded.minuteBlocks.filter((b) => b.itemId === row.id).sort(byPosition);
      expect(row.blocks).toEqual(own);
      expect(row.blockIds).toEqual(own.map((b) => b.id));
      expect(row.meetingId).toBe(own[0]?.meetingId);
    }
    // Nothing else changed.
    expect(await db.bodies.toArray()).toEqual([seeded.body]);
    expect(byId(await db.agendaItems.toArray())).toEqual(byId(seeded.agendaItems));
    expect(byId(await db.actions.toArray())).toEqual(byId(seeded.actions));
  });

  it('keeps the blocks found, edited and deleted by their ids after the upgrade', async () => {
    const seeded = rowsWithTallies();
    const db = open();
    await seedVersion(9, db.name, seeded);
    await db.open();
    const [first, second] = seeded.minuteBlocks.filter((b) => b.kind === 'paragraph');
    if (first === undefined || second === undefined) throw new Error('the fixture has changed');
    const ctx = {
      db,
      user: () => 'SECAS',
      now: () => '2016-04-14T09:00:00.000Z',
      newId: () => 'x',
    };
    await updateBlock(ctx, first.id, { text: 'Typed after the upgrade.' });
    expect(await getBlock(db, first.id)).toMatchObject({ text: 'Typed after the upgrade.' });
    await deleteBlock(ctx, second.id);
    expect(await getBlock(db, second.id)).toBeUndefined();
    expect((await allBlocks(db)).length).toBe(seeded.minuteBlocks.length - 1);
  });

  it('opens an empty version 9 database', async () => {
    const db = open();
    const v9 = new Dexie(db.name);
    v9.version(9).stores(schemaV9);
    await v9.open();
    v9.close();
    await db.open();
    expect(db.verno).toBe(10);
    expect(await db.itemMinutes.count()).toBe(0);
  });
});
