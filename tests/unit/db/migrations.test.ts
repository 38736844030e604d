/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { schemaV1 } from '../../../src-renderer/db';
import {
  rowsFromArchiveBody,
  type ActionUpdate,
  type Attendance,
  type ArchiveBody,
  type BodyRows,
} from '../../../src-renderer/domain';
import { useTestDatabases } from './support';

const open = useTestDatabases();

/**
 * The reference meeting as a version 1 database held it: its SECP30/10, raised inside
 * confidential item 2, stored as public with its entry in the minutes; and an update given to
 * it at a later meeting, stored as public too.
 */
/** The rows of a fixture's one body, exactly as its file holds them (no upgrade applied). */
function fixtureRows(path: string): BodyRows {
  const text = readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
  const body = (JSON.parse(text) as { bodies: ArchiveBody[] }).bodies[0];
  if (!body) throw new Error('no body');
  return rowsFromArchiveBody(body);
}

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

async function seedVersion(version: 1 | 2 | 3, name: string, rows: BodyRows): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(version).stores(schemaV1);
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
    expect(db.verno).toBe(4);

    const secp30_10 = rows.actions.find((a) => a.reference === 'SECP30/10');
    const action = await db.actions.get(secp30_10?.id ?? '');
    expect(action?.confidential).toBe(true);
    const entry = (await db.minuteBlocks.toArray()).find(
      (b) => b.kind === 'action' && b.actionId === secp30_10?.id,
    );
    expect(entry?.confidential).toBe(true);
    expect((await db.actionUpdates.get('update-at-31'))?.confidential).toBe(true);

    // Every other row is as it was, audit fields included.
    const changed = new Set([secp30_10?.id, entry?.id, 'update-at-31']);
    const unchanged = <T extends { id: string }>(list: T[]) =>
      list.filter((r) => !changed.has(r.id)).sort((a, b) => a.id.localeCompare(b.id));
    const version3 = rows.actions.map((a) => ({ ...a, declassified: null }));
    expect(unchanged(await db.actions.toArray())).toEqual(unchanged(version3));
    expect(unchanged(await db.minuteBlocks.toArray())).toEqual(unchanged(rows.minuteBlocks));
    expect(unchanged(await db.actionUpdates.toArray())).toEqual(unchanged(rows.actionUpdates));
    expect(unchanged(await db.agendaItems.toArray())).toEqual(unchanged(rows.agendaItems));
  });

  it('opens an empty version 1 database', async () => {
    const db = open();
    const v1 = new Dexie(db.name);
    v1.version(1).stores(schemaV1);
    await v1.open();
    v1.close();
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.actions.count()).toBe(0);
  });
});

describe('the database upgrade to version 3', () => {
  it('gives every meeting no accepted findings and every action no declassification, changing nothing else', async () => {
    const rows = version1Rows();
    const db = open();
    await seedVersion(2, db.name, rows);
    await db.open();
    expect(db.verno).toBe(4);
    const byId = <T extends { id: string }>(list: T[]) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await db.meetings.toArray())).toEqual(
      byId(rows.meetings.map((m) => ({ ...m, acceptedFindings: [] }))),
    );
    expect(byId(await db.actions.toArray())).toEqual(
      byId(rows.actions.map((a) => ({ ...a, declassified: null }))),
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
    expect(db.verno).toBe(4);

    // Exactly what reading the same archive as format 3 gives.
    const v3 = fixtureRows('sec-panel-30.archive.json');
    expect(await db.bodies.get(rows.body.id)).toEqual(v3.body);
    const byId = <T extends { id: string }>(list: T[]) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await db.attendance.toArray())).toEqual(byId(v3.attendance));
    expect(byId(await db.meetings.toArray())).toEqual(byId(rows.meetings));
    expect(byId(await db.members.toArray())).toEqual(byId(rows.members));
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
    expect(db.verno).toBe(4);
    expect(await db.attendance.count()).toBe(0);
  });
});
