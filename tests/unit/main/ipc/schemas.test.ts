import { describe, expect, it } from 'vitest';
import { maxSaveBytes } from '../../../../src-main/ipc/contract';
import { archiveLimits } from '../../../../src-renderer/domain/archive-limits';
import {
  backupNameSchema,
  fileNameSchema,
  makeSaveFileRequestSchema,
  makeWriteBackupSchema,
  maxBackupBytes,
  noPayloadSchema,
  saveFileRequestSchema,
  userSettingsPatchSchema,
  writeBackupSchema,
} from '../../../../src-main/ipc/schemas';

const bytes = new Uint8Array([1, 2, 3]);

describe('fileNameSchema', () => {
  it.each([
    'SEC Panel 30 - public.pdf',
    'Minutes (draft) v2.docx',
    'Réunion 30 — 会議.pdf',
    '.hidden',
  ])('accepts %s', (name) => expect(fileNameSchema.safeParse(name).success).toBe(true));

  it.each([
    ['empty', ''],
    ['dot dot', '..'],
    ['dot', '.'],
    ['traversal', '../../etc/passwd'],
    ['embedded ..', 'a..b.pdf'],
    ['slash', 'a/b'],
    ['backslash', 'a\\b'],
    ['drive path', 'C:\\x'],
    ['drive relative', 'C:x.pdf'],
    ['UNC', '\\\\server\\share\\x.pdf'],
    ['NUL', 'min\0utes.pdf'],
    ['newline', 'minutes\n.pdf'],
    ['DEL', 'minutes\u007f.pdf'],
    ['C1 control', 'minutes\u0085.pdf'],
    ['CON', 'CON'],
    ['nul with extension', 'nul.pdf'],
    ['COM1', 'com1.docx'],
    ['LPT9', 'LPT9'],
    ['superscript COM', 'COM¹.txt'],
    ['trailing dot', 'minutes.'],
    ['trailing space', 'minutes.pdf '],
    ['leading space', ' minutes.pdf'],
    ['Windows-forbidden', 'a<b>.pdf'],
    ['question mark', 'what?.pdf'],
    ['too long', `${'a'.repeat(197)}.pdf`],
  ])('refuses %s', (_label, name) => expect(fileNameSchema.safeParse(name).success).toBe(false));

  /** The messages that refuse `name`, or [] when it is accepted. */
  const messagesFor = (name: string) => {
    const parsed = fileNameSchema.safeParse(name);
    return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
  };
  const hex = (char: string) =>
    `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

  it.each([
    '\u202a',
    '\u202b',
    '\u202c',
    '\u202d',
    '\u202e',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\u200e',
    '\u200f',
    '\u061c',
  ])('refuses the direction control %#, naming it', (char) => {
    // With U+202E this shows as "SEC Panel 30 - publicexe.pdf": a program dressed as minutes.
    expect(messagesFor(`SEC Panel 30 - public${char}fdp.exe`)).toEqual([
      `The file name contains ${hex(char)}, a character that changes the direction of the text around it and can disguise what the file really is. Remove it and try again.`,
    ]);
  });

  it.each(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'])(
    'refuses the zero-width character %#, naming it',
    (char) => {
      expect(messagesFor(`SEC${char} Panel.pdf`)).toEqual([
        `The file name contains ${hex(char)}, an invisible character of no width that makes names look alike. Remove it and try again.`,
      ]);
    },
  );

  it.each([
    ['soft hyphen', '\u00ad'],
    ['invisible times', '\u2062'],
    ['interlinear annotation', '\ufff9'],
    ['tag letter', '\u{e0041}'],
    ['line separator', '\u2028'],
    ['paragraph separator', '\u2029'],
    ['noncharacter', '\uffff'],
  ])('refuses another invisible character: %s', (_label, char) => {
    expect(messagesFor(`minutes${char}.pdf`)).toEqual([
      `The file name contains ${hex(char)}, an invisible formatting or control character. Remove it and try again.`,
    ]);
  });

  it.each([
    ['tab', '\t'],
    ['escape', '\u001b'],
    ['C1 next line', '\u0085'],
  ])('refuses the control character %s', (_label, char) => {
    expect(messagesFor(`minutes${char}.pdf`)).toEqual([
      'The file name contains control characters.',
    ]);
  });

  it('refuses half of a surrogate pair', () => {
    expect(messagesFor('minutes\ud83d.pdf')).toEqual([
      'The file name contains a broken character.',
    ]);
  });

  it.each(['مجلس 30.pdf', 'ועדה 30.pdf', 'Panel 🗳.pdf', 'Zoë & Chloë.docx'])(
    'accepts right-to-left and other visible text: %s',
    (name) => expect(messagesFor(name)).toEqual([]),
  );

  it('accepts exactly 200 characters', () => {
    expect(fileNameSchema.safeParse(`${'a'.repeat(196)}.pdf`).success).toBe(true);
  });
});

describe('saveFileRequestSchema', () => {
  it('accepts a well-formed request and keeps the bytes', () => {
    const parsed = saveFileRequestSchema.parse({
      suggestedName: 'minutes.pdf',
      bytes,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(parsed.bytes).toBe(bytes);
  });

  it.each([
    ['number for bytes', { suggestedName: 'a.pdf', bytes: 42 }],
    ['string for bytes', { suggestedName: 'a.pdf', bytes: 'AAAA' }],
    ['array for bytes', { suggestedName: 'a.pdf', bytes: [1, 2, 3] }],
    ['plain object for bytes', { suggestedName: 'a.pdf', bytes: { 0: 1, length: 1 } }],
    ['other typed array', { suggestedName: 'a.pdf', bytes: new Uint16Array(2) }],
    ['missing bytes', { suggestedName: 'a.pdf' }],
    ['number for name', { suggestedName: 7, bytes }],
    ['path for name', { suggestedName: '/etc/passwd', bytes }],
    ['extra key', { suggestedName: 'a.pdf', bytes, path: '/etc/passwd' }],
    [
      'bad filter extension',
      { suggestedName: 'a.pdf', bytes, filters: [{ name: 'x', extensions: ['../x'] }] },
    ],
    [
      'filter extra key',
      { suggestedName: 'a.pdf', bytes, filters: [{ name: 'x', extensions: ['pdf'], y: 1 }] },
    ],
    [
      'too many filters',
      {
        suggestedName: 'a.pdf',
        bytes,
        filters: Array(11).fill({ name: 'x', extensions: ['pdf'] }),
      },
    ],
    ['null', null],
    ['array', ['a.pdf', bytes]],
    ['string', 'a.pdf'],
    ['undefined', undefined],
  ])('refuses %s', (_label, payload) =>
    expect(saveFileRequestSchema.safeParse(payload).success).toBe(false),
  );

  it('enforces the byte limit (checked with a small injected limit)', () => {
    const schema = makeSaveFileRequestSchema(4);
    expect(schema.safeParse({ suggestedName: 'a.pdf', bytes: new Uint8Array(4) }).success).toBe(
      true,
    );
    expect(schema.safeParse({ suggestedName: 'a.pdf', bytes: new Uint8Array(5) }).success).toBe(
      false,
    );
  });

  it('refuses one byte over the real limit', () => {
    const oversized = new Uint8Array(maxSaveBytes + 1);
    expect(
      saveFileRequestSchema.safeParse({ suggestedName: 'a.pdf', bytes: oversized }).success,
    ).toBe(false);
  });
});

describe('userSettingsPatchSchema', () => {
  it('accepts partial patches and null for the folder', () => {
    expect(userSettingsPatchSchema.parse({})).toEqual({});
    expect(userSettingsPatchSchema.parse({ userName: 'SECAS' })).toEqual({ userName: 'SECAS' });
    expect(userSettingsPatchSchema.parse({ lastExportFolder: null })).toEqual({
      lastExportFolder: null,
    });
    expect(
      userSettingsPatchSchema.parse({ lastExportFolder: '/home/secas/Minutes' }).lastExportFolder,
    ).toBe('/home/secas/Minutes');
  });

  it.each([
    ['extra key', { userName: 'x', windowBounds: { width: 1, height: 1 } }],
    ['prototype key', JSON.parse('{"__proto__": {"admin": true}}') as unknown],
    ['number name', { userName: 5 }],
    ['long name', { userName: 'x'.repeat(201) }],
    ['control chars in name', { userName: 'a\u0007b' }],
    ['relative folder', { lastExportFolder: 'Documents' }],
    ['empty folder', { lastExportFolder: '' }],
    ['NUL in folder', { lastExportFolder: '/tmp/a\0b' }],
    ['long folder', { lastExportFolder: `/${'a'.repeat(4096)}` }],
    ['array', ['userName']],
    ['null', null],
  ])('refuses %s', (_label, payload) =>
    expect(userSettingsPatchSchema.safeParse(payload).success).toBe(false),
  );
});

describe('noPayloadSchema', () => {
  it('accepts nothing but undefined', () => {
    expect(noPayloadSchema.safeParse(undefined).success).toBe(true);
    expect(noPayloadSchema.safeParse({}).success).toBe(false);
    expect(noPayloadSchema.safeParse(null).success).toBe(false);
  });
});

describe('backupNameSchema', () => {
  const good = 'minutebook-backup-20250307-090503-042.json';

  it('accepts a backup name as it is', () => {
    expect(backupNameSchema.parse(good)).toBe(good);
  });

  it.each([
    ['dot dot', '..'],
    ['traversal', `../${good}`],
    ['traversal after the name', `${good}/../../etc/passwd`],
    ['slash', `backups/${good}`],
    ['absolute', `/home/secas/${good}`],
    ['backslash', `backups\\${good}`],
    ['Windows absolute', `C:\\Users\\${good}`],
    ['other extension', good.replace('.json', '.txt')],
    ['extra extension', `${good}.exe`],
    ['temp file', `.${good}.a1b2c3.tmp`],
    ['impossible date', 'minutebook-backup-20250230-090503-042.json'],
    ['NUL', `${good}\0`],
    ['empty', ''],
    ['number', 20250307],
    ['null', null],
    ['undefined', undefined],
  ])('refuses %s', (_label, payload) =>
    expect(backupNameSchema.safeParse(payload).success).toBe(false),
  );
});

describe('writeBackupSchema', () => {
  it('accepts archive text and keeps it as it is', () => {
    const text = JSON.stringify({ title: 'Cyfarfod ŵ ŷ — Συνεδρίαση — Заседание 🗳️' });
    expect(writeBackupSchema.parse(text)).toBe(text);
  });

  it.each([
    ['empty', ''],
    ['number', 42],
    ['bytes', new Uint8Array([123, 125])],
    ['object', { text: '{}' }],
    ['array', ['{}']],
    ['null', null],
    ['undefined', undefined],
    ['lone high surrogate', '{"a":"\uD83D"}'],
    ['lone low surrogate', '{"a":"\uDDF3x"}'],
  ])('refuses %s', (_label, payload) =>
    expect(writeBackupSchema.safeParse(payload).success).toBe(false),
  );

  it('counts the limit in UTF-8 bytes (checked with a small injected limit)', () => {
    const schema = makeWriteBackupSchema(4);
    expect(schema.safeParse('abcd').success).toBe(true);
    expect(schema.safeParse('abcde').success).toBe(false);
    expect(schema.safeParse('ŵŷ').success).toBe(true);
    // Three UTF-16 code units, but six bytes once written.
    expect(schema.safeParse('ŵŷŵ').success).toBe(false);
    // One emoji: two code units, four bytes.
    expect(schema.safeParse('🗳').success).toBe(true);
    expect(schema.safeParse('🗳a').success).toBe(false);
  });

  it('takes any backup the archive reader reads: its size limit, at three bytes a character', () => {
    expect(maxBackupBytes).toBe(3 * archiveLimits.size);
    // Larger than any other file the renderer may save, which a backup of everything can be.
    const large = 'x'.repeat(maxSaveBytes + 1);
    expect(writeBackupSchema.safeParse(large).success).toBe(true);
  });
});
