import { mkdirSync, mkdtempSync } from 'node:fs';
import { readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupFileName, backupsToPrune, savedAtOf } from '../../../../src-main/ipc/backup-names';
import { backupsKept } from '../../../../src-main/ipc/contract';
import {
  BackupRefusal,
  listBackups,
  readBackup,
  writeBackup,
} from '../../../../src-main/services/backups';
import { archiveText } from './archive-text';

const at = (iso: string) => new Date(iso);
const sample = archiveText(
  'Cyngor Cymuned — cyfarfod ŵ ŷ Ŵ Ŷ; Συνεδρίαση της επιτροπής; Заседание комитета; Agreed 🗳️✅ 👩🏽‍⚖️',
);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'minutebook-backups-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('backupFileName and savedAtOf', () => {
  it('names a backup after its UTC time, to the millisecond, and reads the time back', () => {
    const date = at('2025-03-07T09:05:03.042Z');
    const name = backupFileName(date);
    expect(name).toBe('minutebook-backup-20250307-090503-042.json');
    expect(savedAtOf(name)).toBe('2025-03-07T09:05:03.042Z');
  });

  it('uses UTC, not the local time of the date given', () => {
    expect(backupFileName(at('2025-12-31T23:30:00.000-02:00'))).toBe(
      'minutebook-backup-20260101-013000-000.json',
    );
  });

  it('round-trips every millisecond of a day boundary and a leap day', () => {
    for (const iso of ['2024-02-29T23:59:59.999Z', '2025-01-01T00:00:00.000Z']) {
      expect(savedAtOf(backupFileName(at(iso)))).toBe(iso);
    }
  });

  it.each([
    ['empty', ''],
    ['other file', 'notes.txt'],
    ['temp file', '.minutebook-backup-20250307-090503-042.json.a1b2c3.tmp'],
    ['extra extension', 'minutebook-backup-20250307-090503-042.json.tmp'],
    ['other extension', 'minutebook-backup-20250307-090503-042.txt'],
    ['upper-case extension', 'minutebook-backup-20250307-090503-042.JSON'],
    ['short milliseconds', 'minutebook-backup-20250307-090503-42.json'],
    ['no milliseconds', 'minutebook-backup-20250307-090503.json'],
    ['prefix', 'x-minutebook-backup-20250307-090503-042.json'],
    ['trailing newline', 'minutebook-backup-20250307-090503-042.json\n'],
    ['path', 'backups/minutebook-backup-20250307-090503-042.json'],
    ['traversal', '../minutebook-backup-20250307-090503-042.json'],
    ['non-ASCII digits', 'minutebook-backup-２０２５0307-090503-042.json'],
    ['30 February', 'minutebook-backup-20250230-090503-042.json'],
    ['month 13', 'minutebook-backup-20251307-090503-042.json'],
    ['hour 24', 'minutebook-backup-20250307-240000-000.json'],
    ['second 60', 'minutebook-backup-20250307-090560-000.json'],
  ])('refuses %s', (_label, name) => expect(savedAtOf(name)).toBeNull());
});

describe('writeBackup, listBackups and readBackup', () => {
  it('writes the UTF-8 text, lists it and reads back exactly the same text', async () => {
    const written = await writeBackup(dir, sample, at('2025-03-07T09:05:03.042Z'));
    const utf8 = Buffer.from(sample, 'utf8');
    expect(utf8.length).toBeGreaterThan(sample.length);
    expect(written).toEqual({
      name: 'minutebook-backup-20250307-090503-042.json',
      savedAt: '2025-03-07T09:05:03.042Z',
      bytes: utf8.length,
    });
    expect(await readFile(path.join(dir, written.name))).toEqual(utf8);
    expect(await listBackups(dir)).toEqual([written]);
    expect(await readBackup(dir, written.name, utf8.length)).toBe(sample);
    expect(await readdir(dir)).toEqual([written.name]);
  });

  it('creates the folder, and the folders above it, when missing', async () => {
    const folder = path.join(dir, 'userData', 'backups');
    const written = await writeBackup(folder, archiveText('x'), at('2025-03-07T09:05:03.042Z'));
    expect(await readdir(folder)).toEqual([written.name]);
  });

  it('lists the newest first, whatever the order they were written in', async () => {
    for (const iso of [
      '2025-03-07T09:00:00.000Z',
      '2025-03-09T08:00:00.000Z',
      '2024-12-31T23:59:59.999Z',
      '2025-03-07T09:00:00.001Z',
    ]) {
      await writeBackup(dir, archiveText(iso), at(iso));
    }
    expect((await listBackups(dir)).map((backup) => backup.savedAt)).toEqual([
      '2025-03-09T08:00:00.000Z',
      '2025-03-07T09:00:00.001Z',
      '2025-03-07T09:00:00.000Z',
      '2024-12-31T23:59:59.999Z',
    ]);
  });

  it('lists sizes from the disk and ignores other files and folders', async () => {
    const text = archiveText('ŵŷ');
    await writeBackup(dir, text, at('2025-03-07T09:00:00.000Z'));
    await writeFile(path.join(dir, 'notes.txt'), 'not a backup');
    await writeFile(path.join(dir, '.minutebook-backup-20250308-000000-000.json.ab12.tmp'), 'x');
    mkdirSync(path.join(dir, 'minutebook-backup-20250309-000000-000.json'));
    expect(await listBackups(dir)).toEqual([
      {
        name: 'minutebook-backup-20250307-090000-000.json',
        savedAt: '2025-03-07T09:00:00.000Z',
        bytes: Buffer.byteLength(text),
      },
    ]);
  });

  it('lists a missing folder as no backups', async () => {
    await expect(listBackups(path.join(dir, 'never-made'))).resolves.toEqual([]);
  });
});

describe('pruning', () => {
  it('keeps exactly the newest `keep` backups and leaves every other file alone', async () => {
    const temp = '.minutebook-backup-20200101-000000-000.json.0a1b2c.tmp';
    await writeFile(path.join(dir, 'notes.txt'), 'mine');
    await writeFile(path.join(dir, temp), 'left over');
    const names: string[] = [];
    for (let day = 1; day <= 6; day += 1) {
      const written = await writeBackup(
        dir,
        archiveText(`day ${day}`),
        at(`2025-03-0${day}T12:00:00.000Z`),
        3,
        {
          days: 0,
        },
      );
      names.push(written.name);
    }
    const listed = await listBackups(dir);
    expect(listed.map((backup) => backup.name)).toEqual([names[5], names[4], names[3]]);
    expect((await readdir(dir)).sort()).toEqual([temp, ...names.slice(3), 'notes.txt'].sort());
    expect(await readFile(path.join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('keeps backupsKept by default', async () => {
    for (let i = 0; i < backupsKept + 2; i += 1) {
      await writeBackup(
        dir,
        archiveText(`backup ${i}`),
        new Date(Date.UTC(2025, 0, 1, 0, 0, 0, i)),
      );
    }
    const listed = await listBackups(dir);
    expect(listed).toHaveLength(backupsKept);
    expect(listed.at(-1)?.savedAt).toBe('2025-01-01T00:00:00.002Z');
  });

  it('never deletes the backup just written, even when the clock has gone back', async () => {
    const future = await writeBackup(dir, archiveText('future'), at('2030-01-01T00:00:00.000Z'), 2);
    const written = await writeBackup(dir, archiveText('now'), at('2025-03-07T09:00:00.000Z'), 1, {
      days: 0,
    });
    expect(await listBackups(dir)).toEqual([written]);
    await expect(readFile(path.join(dir, future.name))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('logs a backup it cannot delete and still reports the new one written', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const stuck = await writeBackup(dir, archiveText('a'), at('2025-03-01T00:00:00.000Z'));
    const old = await writeBackup(dir, archiveText('b'), at('2025-03-02T00:00:00.000Z'));
    const written = await writeBackup(dir, archiveText('c'), at('2025-03-03T00:00:00.000Z'), 1, {
      days: 0,
      remove: (target) =>
        path.basename(target) === stuck.name
          ? Promise.reject(Object.assign(new Error('EBUSY: simulated'), { code: 'EBUSY' }))
          : unlink(target),
    });
    expect(written.name).toBe('minutebook-backup-20250303-000000-000.json');
    expect((await listBackups(dir)).map((backup) => backup.name)).toEqual([
      written.name,
      stuck.name,
    ]);
    expect(await readdir(dir)).not.toContain(old.name);
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toContain(stuck.name);
  });

  it('keeps, beyond the recent ones, the last backup of each earlier day for `days` days', async () => {
    const names: string[] = [];
    // Three backups a day, 1 to 6 March; the newest two kept, then one a day for three days.
    for (let day = 1; day <= 6; day += 1) {
      for (const hour of ['09', '12', '17']) {
        const when = at(`2025-03-0${day}T${hour}:00:00.000Z`);
        names.push(
          (await writeBackup(dir, archiveText(`${day} ${hour}`), when, 2, { days: 3 })).name,
        );
      }
    }
    expect((await listBackups(dir)).map((backup) => backup.savedAt)).toEqual([
      '2025-03-06T17:00:00.000Z',
      '2025-03-06T12:00:00.000Z',
      '2025-03-05T17:00:00.000Z',
      '2025-03-04T17:00:00.000Z',
      '2025-03-03T17:00:00.000Z',
    ]);
  });

  it('deletes nothing when the write fails', async () => {
    const old = await writeBackup(dir, archiveText('old'), at('2025-03-01T00:00:00.000Z'));
    const failure = Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' });
    await expect(
      writeBackup(dir, archiveText('new'), at('2025-03-02T00:00:00.000Z'), 1, {
        write: () => Promise.reject(failure),
      }),
    ).rejects.toBe(failure);
    expect(await listBackups(dir)).toEqual([old]);
  });

  it('refuses a keep below 1 before writing anything', async () => {
    await expect(
      writeBackup(dir, archiveText('x'), at('2025-03-01T00:00:00.000Z'), 0),
    ).rejects.toThrow(RangeError);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('backupsToPrune', () => {
  const a = 'minutebook-backup-20250301-120000-000.json';
  const b = 'minutebook-backup-20250302-120000-000.json';
  const c = 'minutebook-backup-20250303-120000-000.json';
  const d = 'minutebook-backup-20250304-120000-000.json';

  it('keeps the newest and the last of earlier days', () => {
    expect(backupsToPrune([a, b, c, d], { recent: 2, days: 1 }, d)).toEqual([a]);
  });

  it('neither counts nor returns a name that is not good', () => {
    const good = (name: string) => name !== c;
    expect(backupsToPrune([a, b, c, d], { recent: 2, days: 1 }, d, good)).toEqual([]);
    expect(backupsToPrune([a, b, c, d], { recent: 2, days: 0 }, d, good)).toEqual([a]);
    expect(backupsToPrune([a, b, c, d], { recent: 1, days: 0 }, d, () => false)).toEqual([]);
  });
});

describe('only archives are written', () => {
  const old = 'minutebook-backup-20250301-120000-000.json';
  const when = at('2025-03-07T09:05:03.042Z');
  const valid = JSON.parse(archiveText('SEC Panel')) as Record<string, unknown>;

  it.each([
    ['text that is not JSON', 'junk ' + 'x'.repeat(100), /it is not JSON/],
    ['JSON that is not an object', '[1, 2, 3]', /holds no archive object/],
    ['an object of another format', '{"format":"something-else"}', /format is not/],
    ['an empty object', '{}', /format is not/],
    ['an archive of a version to come', JSON.stringify({ ...valid, version: 99 }), /version 99/],
    [
      'an archive with a bad field',
      JSON.stringify({ ...valid, exportedAt: 'yesterday' }),
      /exportedAt: not a timestamp/,
    ],
    ['an archive cut short', archiveText('SEC Panel').slice(0, -20), /it is not JSON/],
  ])('refuses %s, writing nothing and removing nothing', async (_label, text, why) => {
    await writeFile(path.join(dir, old), archiveText('old'));
    const write = vi.fn(() => Promise.resolve());
    const remove = vi.fn(() => Promise.resolve());
    const refused = writeBackup(dir, text, when, 1, { days: 0, write, remove });
    await expect(refused).rejects.toBeInstanceOf(BackupRefusal);
    await expect(refused).rejects.toThrow(why);
    await expect(refused).rejects.toThrow(
      /^The backup was not written \(nothing else was changed\): it is not a whole Minutebook archive\. .+\.$/,
    );
    expect(write).not.toHaveBeenCalled();
    expect(remove).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([old]);
  });

  it('writes an archive of an earlier version, which the app still restores', async () => {
    const v2 = JSON.stringify({ ...valid, version: 2 });
    const written = await writeBackup(dir, v2, when);
    expect(await readBackup(dir, written.name, 10_000)).toBe(v2);
  });
});

describe('pruning counts only good backups', () => {
  /** The backup name for a day of March 2025 and an hour. */
  const nameAt = (day: number, hour: number) =>
    backupFileName(
      at(`2025-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`),
    );
  const retention = { days: 3 };
  const write = (day: number, hour: number) =>
    writeBackup(dir, archiveText(`${day} ${hour}`), savedAtDate(day, hour), 2, retention);
  const savedAtDate = (day: number, hour: number) => at(savedAtOf(nameAt(day, hour)) ?? '');
  const names = async () => (await readdir(dir)).sort();

  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('keeps the right backups when junk is refused between good ones', async () => {
    for (let day = 1; day <= 4; day += 1) {
      for (const hour of [9, 17]) await write(day, hour);
    }
    await expect(writeBackup(dir, 'junk', savedAtDate(5, 8), 2, retention)).rejects.toBeInstanceOf(
      BackupRefusal,
    );
    await expect(writeBackup(dir, '{}', savedAtDate(5, 9), 2, retention)).rejects.toThrow(
      BackupRefusal,
    );
    await write(5, 12);
    await write(5, 17);
    expect(await names()).toEqual([
      nameAt(2, 17),
      nameAt(3, 17),
      nameAt(4, 17),
      nameAt(5, 12),
      nameAt(5, 17),
    ]);
  });

  it('never lets a damaged file on disk push out a good backup, and never deletes it', async () => {
    for (let day = 1; day <= 4; day += 1) await write(day, 17);
    await write(5, 9);
    // Files with backup names that do not read as archives: newer than the last good backup
    // of 4 March, and among the newest of 5 March.
    const damaged = [nameAt(4, 18), nameAt(5, 12), nameAt(5, 13)];
    await writeFile(path.join(dir, nameAt(4, 18)), archiveText('cut short').slice(0, 50));
    await writeFile(path.join(dir, nameAt(5, 12)), 'not an archive');
    await writeFile(path.join(dir, nameAt(5, 13)), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    await write(5, 17);
    await write(5, 18);
    expect(await names()).toEqual(
      [
        nameAt(2, 17),
        nameAt(3, 17),
        nameAt(4, 17),
        nameAt(5, 17),
        nameAt(5, 18),
        ...damaged,
      ].sort(),
    );
    // 5 March 09:00 went because two newer good backups of that day are kept, not for junk.
    expect(await readFile(path.join(dir, nameAt(4, 17)), 'utf8')).toBe(archiveText('4 17'));
  });

  it('reads a file again when it has changed since it was found good', async () => {
    const twoDays = (day: number, hour: number) =>
      writeBackup(dir, archiveText(`${day} ${hour}`), savedAtDate(day, hour), 2, { days: 2 });
    for (let day = 1; day <= 3; day += 1) await twoDays(day, 17);
    await twoDays(4, 9);
    // The last backup of 3 March is damaged after it was written and found good.
    await writeFile(path.join(dir, nameAt(3, 17)), '{"damaged": true}');
    await twoDays(4, 17);
    await twoDays(4, 18);
    // 3 March no longer has a good backup, so 2 and 1 March are the two days kept; the
    // damaged file is kept but not counted.
    expect(await names()).toEqual(
      [nameAt(1, 17), nameAt(2, 17), nameAt(3, 17), nameAt(4, 17), nameAt(4, 18)].sort(),
    );
  });
});

describe('backups written in the same millisecond', () => {
  const now = at('2025-03-07T09:05:03.042Z');

  it('takes the next free millisecond instead of overwriting', async () => {
    const first = await writeBackup(dir, archiveText('first'), now);
    const second = await writeBackup(dir, archiveText('second'), now);
    expect(first.name).toBe('minutebook-backup-20250307-090503-042.json');
    expect(second.name).toBe('minutebook-backup-20250307-090503-043.json');
    expect(second.savedAt).toBe('2025-03-07T09:05:03.043Z');
    expect(await readBackup(dir, first.name, 10_000)).toBe(archiveText('first'));
    expect(await readBackup(dir, second.name, 10_000)).toBe(archiveText('second'));
  });

  it('does not overwrite when the writes run at the same time', async () => {
    const texts = ['one', 'two', 'three', 'four'].map(archiveText);
    const written = await Promise.all(texts.map((text) => writeBackup(dir, text, now)));
    expect(new Set(written.map((backup) => backup.name)).size).toBe(texts.length);
    for (const [i, backup] of written.entries()) {
      expect(await readBackup(dir, backup.name, 10_000)).toBe(texts[i]);
    }
  });

  it('steps over a file of that name put there by something else', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await writeFile(path.join(dir, backupFileName(now)), 'already here');
    const written = await writeBackup(dir, archiveText('mine'), now);
    expect(written.name).toBe('minutebook-backup-20250307-090503-043.json');
    expect(await readFile(path.join(dir, backupFileName(now)), 'utf8')).toBe('already here');
    expect(String(warn.mock.calls[0]?.[0])).toBe(
      `${backupFileName(now)} is not a whole archive: it is kept, but not counted.`,
    );
  });
});

describe('readBackup refusals', () => {
  const name = 'minutebook-backup-20250307-090503-042.json';
  beforeEach(async () => {
    // Reading does not ask whether the text is an archive (the renderer's restore does).
    await writeFile(path.join(dir, name), '0123456789');
    await writeFile(path.join(dir, 'notes.txt'), 'not a backup');
  });

  it.each([
    ['a parent path', '../x'],
    ['a path after a good name', `${name}/../../etc`],
    ['a path into the folder', `./${name}`],
    ['a Windows path', `..\\${name}`],
    ['another file that exists', 'notes.txt'],
    ['another extension', name.replace('.json', '.txt')],
  ])('refuses %s', async (_label, bad) => {
    await expect(readBackup(dir, bad, 1000)).rejects.toBeInstanceOf(BackupRefusal);
  });

  it('refuses an absolute path, even to a backup that exists', async () => {
    const absolute = path.join(dir, name);
    expect(await readFile(absolute, 'utf8')).toBe('0123456789');
    await expect(readBackup(dir, absolute, 1000)).rejects.toBeInstanceOf(BackupRefusal);
    await expect(readBackup('/', absolute, 1000)).rejects.toBeInstanceOf(BackupRefusal);
  });

  it('refuses a file larger than maxBytes, and reads one exactly that size', async () => {
    await expect(readBackup(dir, name, 9)).rejects.toThrow(/larger than 9 bytes/);
    await expect(readBackup(dir, name, 10)).resolves.toBe('0123456789');
  });

  it('refuses bytes that are not UTF-8 instead of guessing', async () => {
    const damaged = 'minutebook-backup-20250308-000000-000.json';
    await writeFile(path.join(dir, damaged), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    await expect(readBackup(dir, damaged, 1000)).rejects.toThrow(/not UTF-8/);
  });

  it('rejects with ENOENT for a well-formed name that is not there', async () => {
    await expect(
      readBackup(dir, 'minutebook-backup-20250101-000000-000.json', 1000),
    ).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
