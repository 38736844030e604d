import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../../scripts/archive-gen/generate';
import { importArchive, replaceWithArchive, type MinutebookDb } from '../../../src-renderer/db';
import { noRest } from '../../../src-renderer/db/backup-pace';
import { KeptParts, keptPartsName, partFormat } from '../../../src-renderer/db/backup-parts';
import { readArchiveParts, readArchiveText } from '../../../src-renderer/db/backup-read';
import { archiveVersion, type Id, type ParagraphBlock } from '../../../src-renderer/domain';
import { exportedNow, fakeContext, useTestDatabases } from './support';
import { blocksOfMeeting, putBlocks } from '../../../src-renderer/db/block-store';

const open = useTestDatabases();

/** A backup's text, taking and keeping the parts kept beside `db`. */
async function backUp(db: MinutebookDb): Promise<string> {
  const kept = await KeptParts.open(db);
  try {
    return (await readArchiveParts(db, noRest, kept))?.join('') ?? '';
  } finally {
    kept.close();
  }
}

/** Everything read from the data, no part taken. */
const readAgain = async (db: MinutebookDb) => (await readArchiveText(db)) ?? '';

/** The ids of the meetings whose parts are kept, and the revision each was read at. */
async function keptHeads(db: MinutebookDb): Promise<Map<Id, string>> {
  const parts = await keptDb(db);
  try {
    const heads = (await parts.table('heads').toArray()) as { id: Id; revision: string }[];
    return new Map(heads.map((head) => [head.id, head.revision]));
  } finally {
    parts.close();
  }
}

/** The kept parts' database itself, as a test reads and changes it. */
async function keptDb(db: MinutebookDb): Promise<Dexie> {
  return new Dexie(keptPartsName(db.name)).open();
}

/**
 * Changes the kept part of meeting `id` behind the backup's back: its first title reads
 * `mark`. A backup that takes the part writes the mark; one that reads the meeting does not.
 * Returns the part's text before and after.
 */
async function markKept(db: MinutebookDb, id: Id, mark: string): Promise<[string, string]> {
  const parts = await keptDb(db);
  try {
    const kept = (await parts.table('parts').get(id)) as { part: { text: string } } | undefined;
    if (kept === undefined) throw new Error(`no part kept for ${id}`);
    const before = kept.part.text;
    const text = before.replace(/"title": "[^"]*"/, `"title": "${mark}"`);
    expect(text).not.toBe(before);
    await parts.table('parts').update(id, { 'part.text': text });
    return [before, text];
  } finally {
    parts.close();
  }
}

/** An imported year of one body, backed up once (every part kept), and its meetings' ids. */
async function backedUpYear(db: MinutebookDb): Promise<Id[]> {
  await importArchive(fakeContext(db), generateArchive({ years: 1, bodies: 1, seed: 7 }));
  expect(await backUp(db)).toBe(await exportedNow(db));
  return (await db.meetings.toCollection().primaryKeys()).sort();
}

describe("a backup's kept parts", () => {
  it('are taken for the meetings not written since, and read again for those written', async () => {
    const db = open();
    const [typedIn, untouched] = await backedUpYear(db);
    if (typedIn === undefined || untouched === undefined) throw new Error('two meetings expected');
    await markKept(db, typedIn, 'STALE PART');
    const [before, after] = await markKept(db, untouched, 'KEPT PART');
    const blocks = await blocksOfMeeting(db, typedIn);
    const block = blocks.find((b): b is ParagraphBlock => b.kind === 'paragraph');
    if (block === undefined) throw new Error('the generated archive has changed');
    const typed: ParagraphBlock = { ...block, text: 'Typed since the last backup.' };
    await putBlocks(db, [typed]);

    const text = await backUp(db);
    // The untouched meeting was not read: its kept part (marked) was written.
    expect(text).toContain('KEPT PART');
    // The meeting typed in was read again, whatever was kept of it.
    expect(text).not.toContain('STALE PART');
    expect(text).toContain('Typed since the last backup.');
    // All else as an export writes it now.
    expect(text).toBe((await exportedNow(db)).replace(before, after));
  }, 60_000);

  it('are all read again once a restore has replaced everything', async () => {
    const db = open();
    const ids = await backedUpYear(db);
    for (const id of ids) await markKept(db, id, 'STALE PART');
    // The same archive again: the same meetings, by the same ids, as they were kept.
    await replaceWithArchive(fakeContext(db), generateArchive({ years: 1, bodies: 1, seed: 7 }));
    const text = await backUp(db);
    expect(text).not.toContain('STALE PART');
    expect(text).toBe(await readAgain(db));
  }, 60_000);

  it('are all read again when a table was emptied, and no part of a meeting gone is kept', async () => {
    const db = open();
    const [gone, ...others] = await backedUpYear(db);
    if (gone === undefined) throw new Error('no meeting');
    for (const id of others) await markKept(db, id, 'STALE PART');
    await db.transaction('rw', [db.meetings, db.amendments], async () => {
      await db.meetings.delete(gone);
      // Emptied without naming the rows: every meeting's revision moves at once.
      await db.amendments.clear();
    });
    const text = await backUp(db);
    expect(text).not.toContain('STALE PART');
    expect(text).not.toContain(`"id": "${gone}"`);
    expect(text).toBe(await readAgain(db));
    expect([...(await keptHeads(db)).keys()].sort()).toEqual(others);
  }, 60_000);

  it('are kept for meetings stored before revisions were kept, given a revision', async () => {
    const db = open();
    await importArchive(fakeContext(db), generateArchive({ years: 1, bodies: 1, seed: 7 }));
    // As a database upgraded from version 8 holds them: no revision at all.
    await db.revisions.clear();
    const text = await backUp(db);
    expect(text).toBe(await readAgain(db));
    const ids = (await db.meetings.toCollection().primaryKeys()).sort();
    const revisions = new Map((await db.revisions.toArray()).map((r) => [r.id, r.token]));
    const heads = await keptHeads(db);
    expect([...heads.keys()].sort()).toEqual(ids);
    for (const id of ids) expect(heads.get(id)).toBe(revisions.get(id));
    // The next backup takes them.
    const [first] = ids;
    if (first === undefined) throw new Error('no meeting');
    await markKept(db, first, 'KEPT PART');
    expect(await backUp(db)).toContain('KEPT PART');
  }, 60_000);

  it('are not taken when kept by another build, database version or archive format', async () => {
    const db = open();
    const [first, second, third] = await backedUpYear(db);
    if (first === undefined || second === undefined || third === undefined)
      throw new Error('three meetings expected');
    const format = partFormat(db.verno);
    expect(format).toContain(`archive ${String(archiveVersion)}`);
    expect(format).toContain(`database ${String(db.verno)}`);
    for (const id of [first, second, third]) await markKept(db, id, `OTHER FORMAT ${id}`);
    const parts = await keptDb(db);
    // Kept by the version of the database before (an upgrade may have rewritten its rows) …
    await parts.table('heads').update(first, { format: partFormat(db.verno - 1) });
    // … by another build, as its list of heads says, or as the part's own head says.
    await parts.table('heads').update(second, { format: 'archive 5, database 9, build other' });
    await parts.table('parts').update(third, { 'head.format': 'build other' });
    parts.close();
    expect(await backUp(db)).not.toContain('OTHER FORMAT');
    // Read again, they are kept anew and taken the next time.
    await markKept(db, first, 'KEPT PART');
    expect(await backUp(db)).toContain('KEPT PART');
  }, 60_000);

  it('never stop a backup: when they cannot be read or kept, the data is read', async () => {
    const db = open();
    await backedUpYear(db);
    const kept = await KeptParts.open(db);
    // Closed under the backup: every read and write of a part fails.
    kept.close();
    const text = (await readArchiveParts(db, noRest, kept))?.join('');
    expect(text).toBe(await readAgain(db));
  }, 60_000);
});
