import { describe, expect, it } from 'vitest';
import { MinutebookDb, schemaV10, type ActionRow } from '../../../src-renderer/db';
import { noUpdates, type Meeting } from '../../../src-renderer/domain';
import { rejection, useTestDatabases } from './support';

const open = useTestDatabases();

const audit = {
  createdAt: '2016-03-10T10:00:00.000Z',
  updatedAt: '2016-03-10T10:00:00.000Z',
  updatedBy: 'SECAS',
};

function meeting(id: string, bodyId: string, number: number): Meeting {
  return {
    id,
    bodyId,
    number,
    date: '2016-03-10',
    startTime: '10:00',
    venue: '',
    status: 'draft',
    startedAt: null,
    closedAt: null,
    lastActionSequence: 0,
    acceptedFindings: [],
    approval: null,
    circulations: [],
    ...audit,
  };
}

function action(id: string, bodyId: string, reference: string): ActionRow {
  return {
    id,
    bodyId,
    meetingId: 'm',
    itemId: 'i',
    raisedOn: '2016-03-10',
    sequence: 1,
    reference,
    owner: 'SECAS',
    ownerMemberId: null,
    text: 'Look into it',
    dueDate: null,
    status: 'open',
    confidential: false,
    declassified: null,
    tally: noUpdates(),
    ...audit,
  };
}

const expectedTables = [
  'actionUpdates',
  'actions',
  'agendaItems',
  'amendments',
  'attendance',
  'bodies',
  'interests',
  'itemMinutes',
  'meetings',
  'members',
  'revisions',
];

/** Secondary indexes per table: name → unique. */
const expectedIndexes: Record<string, Record<string, boolean>> = {
  bodies: { name: false },
  members: { bodyId: false },
  meetings: { bodyId: false, '[bodyId+number]': true },
  agendaItems: {
    meetingId: false,
    '[meetingId+position]': false,
    classification: false,
    parentId: false,
  },
  itemMinutes: { meetingId: false, blockIds: true },
  actions: {
    bodyId: false,
    meetingId: false,
    itemId: false,
    status: false,
    '[bodyId+reference]': true,
  },
  actionUpdates: { actionId: false, meetingId: false },
  attendance: { meetingId: false, memberId: false },
  amendments: { meetingId: false },
  interests: { meetingId: false, itemId: false },
  revisions: {},
};

describe('MinutebookDb', () => {
  it('is called "minutebook" unless told otherwise', () => {
    const db = new MinutebookDb();
    expect(db.name).toBe('minutebook');
    db.close();
  });

  it('opens at version 10 with exactly the expected tables', async () => {
    const db = open();
    await db.open();
    expect(db.verno).toBe(10);
    expect(db.tables.map((t) => t.name).sort()).toEqual(expectedTables);
    const declared = Object.entries(schemaV10).filter(([, indexes]) => indexes !== null);
    expect(declared.map(([name]) => name).sort()).toEqual(expectedTables);
  });

  it('declares "id" as the primary key of every table, not auto-incremented', async () => {
    const db = open();
    await db.open();
    for (const table of db.tables) {
      expect(table.schema.primKey.name, table.name).toBe('id');
      expect(table.schema.primKey.keyPath, table.name).toBe('id');
      expect(table.schema.primKey.auto, table.name).toBe(false);
    }
  });

  it('declares exactly the expected indexes', async () => {
    const db = open();
    await db.open();
    for (const table of db.tables) {
      const indexes = Object.fromEntries(
        table.schema.indexes.map((index) => [index.name, index.unique === true]),
      );
      expect(indexes, table.name).toEqual(expectedIndexes[table.name]);
    }
  });

  it('declares the compound indexes over their two fields', async () => {
    const db = open();
    await db.open();
    const compound = db.meetings.schema.idxByName['[bodyId+number]'];
    expect(compound?.compound).toBe(true);
    expect(compound?.keyPath).toEqual(['bodyId', 'number']);
    expect(db.agendaItems.schema.idxByName['[meetingId+position]']?.keyPath).toEqual([
      'meetingId',
      'position',
    ]);
  });

  it('creates the same stores and indexes in IndexedDB itself', async () => {
    const db = open();
    await db.open();
    const idb = db.backendDB();
    expect([...idb.objectStoreNames].sort()).toEqual(expectedTables);
    const tx = idb.transaction([...idb.objectStoreNames], 'readonly');
    for (const name of expectedTables) {
      const store = tx.objectStore(name);
      expect(store.keyPath, name).toBe('id');
      const indexes = Object.fromEntries(
        [...store.indexNames].map((index) => [index, store.index(index).unique]),
      );
      expect(indexes, name).toEqual(expectedIndexes[name]);
    }
  });

  it('refuses a second meeting with the same number for one body, at the storage level', async () => {
    const db = open();
    await db.meetings.add(meeting('m1', 'body-1', 30));
    const error = await rejection(db.meetings.add(meeting('m2', 'body-1', 30)));
    expect((error as Error).name).toBe('ConstraintError');
    expect(await db.meetings.count()).toBe(1);
    expect((await db.meetings.get('m1'))?.number).toBe(30);
  });

  it('refuses the duplicate through put and bulkAdd too', async () => {
    const db = open();
    await db.meetings.add(meeting('m1', 'body-1', 30));
    await expect(db.meetings.put(meeting('m2', 'body-1', 30))).rejects.toThrow();
    await expect(
      db.meetings.bulkAdd([meeting('m3', 'body-1', 31), meeting('m4', 'body-1', 31)]),
    ).rejects.toThrow();
    expect((await db.meetings.toArray()).map((m) => m.id).sort()).toEqual(['m1', 'm3']);
  });

  it('lets two bodies both have a meeting 30, and one body have 30 and 31', async () => {
    const db = open();
    await db.meetings.bulkAdd([
      meeting('m1', 'body-1', 30),
      meeting('m2', 'body-2', 30),
      meeting('m3', 'body-1', 31),
    ]);
    expect(await db.meetings.count()).toBe(3);
    const found = await db.meetings.where('[bodyId+number]').equals(['body-2', 30]).first();
    expect(found?.id).toBe('m2');
  });

  it('lets a meeting be renumbered onto a free number but not onto a taken one', async () => {
    const db = open();
    await db.meetings.bulkAdd([meeting('m1', 'body-1', 30), meeting('m2', 'body-1', 31)]);
    await db.meetings.update('m2', { number: 32 });
    await expect(db.meetings.update('m2', { number: 30 })).rejects.toThrow();
    expect((await db.meetings.get('m2'))?.number).toBe(32);
  });

  it('refuses a duplicate action reference within a body, not across bodies', async () => {
    const db = open();
    await db.actions.add(action('a1', 'body-1', 'SECP30/01'));
    await db.actions.add(action('a2', 'body-2', 'SECP30/01'));
    const error = await rejection(db.actions.add(action('a3', 'body-1', 'SECP30/01')));
    expect((error as Error).name).toBe('ConstraintError');
    expect(await db.actions.count()).toBe(2);
  });

  it('keeps its data when closed and opened again under the same name', async () => {
    const name = crypto.randomUUID();
    const first = open(name);
    await first.meetings.add(meeting('m1', 'body-1', 30));
    first.close();
    const second = open(name);
    expect(await second.meetings.get('m1')).toEqual(meeting('m1', 'body-1', 30));
  });

  it('keeps separate databases apart', async () => {
    const a = open();
    const b = open();
    await a.meetings.add(meeting('m1', 'body-1', 30));
    expect(await b.meetings.count()).toBe(0);
  });
});
