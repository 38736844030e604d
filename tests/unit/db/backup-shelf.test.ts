import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createBrowserBackupShelf } from '../../../src-renderer/db';
import { testShelf as shelf } from './support';

describe('the browser’s backup shelf', () => {
  it('keeps the text exactly, lists newest first and keeps only the newest', async () => {
    const { shelf: s, tick } = shelf(3);
    const texts = ['one ŵ ŷ', 'two Ελληνικά', 'three Кириллица', 'four 🗒️'];
    for (const text of texts) {
      const written = await s.writeBackup(text);
      expect(written.ok).toBe(true);
      tick();
    }
    const list = await s.listBackups();
    expect(list.map((b) => b.name)).toEqual([
      'minutebook-backup-20261125-140300-000.json',
      'minutebook-backup-20261125-140200-000.json',
      'minutebook-backup-20261125-140100-000.json',
    ]);
    expect(list[0]?.savedAt).toBe('2026-11-25T14:03:00.000Z');
    expect(list[0]?.bytes).toBe(new TextEncoder().encode('four 🗒️').length);
    expect(await s.readBackup(list[0]?.name ?? '')).toEqual({ ok: true, text: 'four 🗒️' });
    const gone = await s.readBackup('minutebook-backup-20261125-140000-000.json');
    expect(gone).toMatchObject({ ok: false, reason: 'not-found' });
  });

  it('never drops the backup it has just written, even with the clock set back', async () => {
    let time = Date.parse('2026-11-25T14:00:00.000Z');
    const s = createBrowserBackupShelf(`backups-${crypto.randomUUID()}`, () => new Date(time), 2);
    await s.writeBackup('today');
    time += 60_000;
    await s.writeBackup('a minute later');
    time = Date.parse('2020-01-01T00:00:00.000Z');
    const written = await s.writeBackup('clock set back');
    const list = await s.listBackups();
    expect(list.map((b) => b.name)).toEqual([
      'minutebook-backup-20261125-140100-000.json',
      written.ok ? written.backup.name : '',
    ]);
  });

  it('never overwrites a backup written in the same millisecond', async () => {
    const { shelf: s } = shelf();
    await s.writeBackup('first');
    await s.writeBackup('second');
    const list = await s.listBackups();
    expect(list).toHaveLength(2);
    const texts = await Promise.all(list.map((b) => s.readBackup(b.name)));
    expect(texts.map((t) => (t.ok ? t.text : ''))).toEqual(['second', 'first']);
  });

  it('keeps each text in a Blob, whatever its size, and refuses one UTF-8 cannot hold', async () => {
    const name = `backups-${crypto.randomUUID()}`;
    const s = createBrowserBackupShelf(name, () => new Date('2026-11-25T14:00:00.000Z'));
    const text = `{"text": "Llŷr \\ud800 ${'x'.repeat(100_000)}"}`;
    const written = await s.writeBackup(text);
    expect(written).toMatchObject({ ok: true, backup: { bytes: text.length + 1 } });
    const raw = new Dexie(name);
    raw.version(2).stores({ backups: 'name, savedAt', texts: 'name' });
    const row = (await raw.table<Record<string, unknown>, string>('texts').toArray())[0];
    raw.close();
    expect(row?.['file']).toBeInstanceOf(Blob);
    expect(row).not.toHaveProperty('text');
    expect(await s.readBackup(written.ok ? written.backup.name : '')).toEqual({ ok: true, text });

    const lone = await s.writeBackup('half an emoji \ud83d');
    expect(lone).toMatchObject({ ok: false, reason: 'error' });
    expect(lone.ok ? '' : lone.message).toContain('not well-formed Unicode');
    expect(await s.listBackups()).toHaveLength(1);
  });

  it('reads the backups a shelf of version 1 kept as strings, now as Blobs', async () => {
    const name = `backups-${crypto.randomUUID()}`;
    // A shelf as version 1 wrote it: the text as a string in `text`.
    const v1 = new Dexie(name);
    v1.version(1).stores({ backups: 'name, savedAt', texts: 'name' });
    const backupName = 'minutebook-backup-20261124-090000-000.json';
    const text = '{"minutebookArchive": 4, "note": "Cyfarfod — Ελληνικά 🗒️"}';
    await v1.table('backups').add({
      name: backupName,
      savedAt: '2026-11-24T09:00:00.000Z',
      bytes: new TextEncoder().encode(text).length,
    });
    await v1.table('texts').add({ name: backupName, text });
    v1.close();

    const s = createBrowserBackupShelf(name);
    expect((await s.listBackups()).map((b) => b.name)).toEqual([backupName]);
    expect(await s.readBackup(backupName)).toEqual({ ok: true, text });
    const raw = new Dexie(name);
    raw.version(2).stores({ backups: 'name, savedAt', texts: 'name' });
    const row = await raw.table<Record<string, unknown>, string>('texts').get(backupName);
    raw.close();
    expect(row?.['file']).toBeInstanceOf(Blob);
    expect(row).not.toHaveProperty('text');
  });
});
