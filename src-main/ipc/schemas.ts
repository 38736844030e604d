/**
 * zod schemas for every IPC request. Payloads arrive as `unknown` from a renderer that is
 * treated as untrusted; nothing reaches a handler without passing one of these.
 */
import path from 'node:path';
import { z } from 'zod';
import { savedAtOf } from './backup-names';
import { maxArchiveBytes } from '../../src-renderer/domain/archive';
import { maxSaveBytes } from './contract';

// C0 controls, DEL and C1 controls: never part of a file name or a user's name.
// eslint-disable-next-line no-control-regex
const controlChars = /[\u0000-\u001f\u007f-\u009f]/;
// Characters Windows refuses in a name (plus both separators); refusing them everywhere
// means a file saved on Linux can still be copied to a Windows share.
const forbiddenNameChars = /[<>:"/\\|?*]/;
// CON, PRN, AUX, NUL, COM1–9, LPT1–9 (and the superscript digits Windows also reserves),
// with or without an extension: "nul.pdf" still opens the null device on Windows.
const reservedWindowsName = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

// A surrogate half without its partner: UTF-8 cannot hold it, so it would be read back
// changed. JSON.stringify never produces one.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Characters that reorder the text around them: U+202E makes "minutes\u202Efdp.exe" show as
// "minutesexe.pdf", a program dressed as a document.
const bidiControls = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// Characters of no width: two names that look the same can then name different files.
const zeroWidthChars = /[\u200b-\u200d\u2060\ufeff]/;
// Every other invisible formatting character (soft hyphen, tags, invisible operators …), the
// line and paragraph separators, and the noncharacters U+FFFE and U+FFFF.
const otherInvisibleChars =
  /(?![\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff])[\p{Cf}\u2028\u2029\ufffe\uffff]/u;

/** "U+202E": the first character of `name` that `pattern` finds, for a message. */
function codePointOf(name: unknown, pattern: RegExp): string {
  const found = typeof name === 'string' ? (pattern.exec(name)?.[0] ?? '') : '';
  return `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Refuses a name in which `pattern` finds a character, naming that character. */
function withoutChars(pattern: RegExp, what: string) {
  return [
    (name: string) => !pattern.test(name),
    {
      error: (issue: { input?: unknown }) =>
        `The file name contains ${codePointOf(issue.input, pattern)}, ${what}. Remove it and try again.`,
    },
  ] as const;
}

/**
 * A bare file name: no path, no traversal, valid on Windows, macOS and Linux, and shown as it
 * really is: no control, direction-changing, zero-width or other invisible characters.
 */
export const fileNameSchema = z
  .string()
  .min(1, 'The file name is empty.')
  .max(200, 'The file name is longer than 200 characters.')
  .refine((name) => !controlChars.test(name), 'The file name contains control characters.')
  .refine(
    ...withoutChars(
      bidiControls,
      'a character that changes the direction of the text around it and can disguise what the file really is',
    ),
  )
  .refine(
    ...withoutChars(
      zeroWidthChars,
      'an invisible character of no width that makes names look alike',
    ),
  )
  .refine(...withoutChars(otherInvisibleChars, 'an invisible formatting or control character'))
  .refine((name) => !loneSurrogate.test(name), 'The file name contains a broken character.')
  .refine(
    (name) => !forbiddenNameChars.test(name),
    'The file name contains a path or a character Windows refuses (< > : " / \\ | ? *).',
  )
  .refine((name) => !name.includes('..'), 'The file name contains "..".')
  .refine(
    (name) => name.trim() === name && !name.endsWith('.'),
    'The file name starts or ends with a space or ends with a dot.',
  )
  .refine((name) => !reservedWindowsName.test(name), 'The file name is reserved by Windows.');

const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/))
    .min(1)
    .max(10),
});

/** Builds the save-file schema; the byte limit is a parameter so tests need not allocate 64 MB. */
export function makeSaveFileRequestSchema(maxBytes: number = maxSaveBytes) {
  return z.strictObject({
    suggestedName: fileNameSchema,
    bytes: z
      .instanceof(Uint8Array, { message: 'bytes must be a Uint8Array.' })
      .refine((bytes) => bytes.length <= maxBytes, `The file is larger than ${maxBytes} bytes.`),
    filters: z.array(fileFilterSchema).max(10).optional(),
  });
}

export const saveFileRequestSchema = makeSaveFileRequestSchema();

/** A patch of the renderer-visible settings. Unknown keys are refused, not dropped. */
export const userSettingsPatchSchema = z.strictObject({
  userName: z
    .string()
    .max(200)
    .refine((name) => !controlChars.test(name), 'The name contains control characters.')
    .optional(),
  lastExportFolder: z
    .string()
    .min(1)
    .max(4096)
    .refine((folder) => !folder.includes('\0'), 'The folder contains a NUL character.')
    .refine((folder) => path.isAbsolute(folder), 'The folder must be an absolute path.')
    .nullable()
    .optional(),
});

/**
 * A meeting's id, as the renderer stores it (a UUID, or any id an archive brought in). It is
 * only ever placed in a URL fragment, percent-encoded, but control characters are refused.
 */
export const meetingIdSchema = z
  .string()
  .min(1, 'The meeting id is empty.')
  .max(200, 'The meeting id is longer than 200 characters.')
  .refine((id) => !controlChars.test(id), 'The meeting id contains control characters.');

/**
 * The name of one backup, exactly "minutebook-backup-YYYYMMDD-HHMMSS-mmm.json": no path, no
 * "..", no other extension. The length cap only spares the pattern an absurd string.
 */
export const backupNameSchema = z
  .string()
  .max(100, 'The backup name is too long.')
  .refine((name) => savedAtOf(name) !== null, 'This is not the name of a Minutebook backup.');

/**
 * Builds the writeBackup schema: non-empty text of at most `maxBytes` bytes once encoded as
 * UTF-8. The length check refuses a huge string cheaply and stops there (UTF-8 never has
 * fewer bytes than UTF-16 code units). The limit is a parameter so tests need not allocate
 * 64 MB.
 */
export function makeWriteBackupSchema(maxBytes: number = maxSaveBytes) {
  const tooLarge = `The backup is larger than ${maxBytes} bytes.`;
  return z
    .string('The backup must be text.')
    .min(1, 'The backup is empty.')
    .max(maxBytes, { error: tooLarge, abort: true })
    .refine((text) => Buffer.byteLength(text, 'utf8') <= maxBytes, tooLarge)
    .refine((text) => !loneSurrogate.test(text), 'The backup contains a broken character.');
}

/**
 * The largest backup written or read (bytes): whatever the archive reader reads — at most
 * `maxArchiveBytes` characters, up to three UTF-8 bytes each — so that a backup of everything
 * the app holds is never refused for its size alone, while the reader's limits still decide.
 */
export const maxBackupBytes = 3 * maxArchiveBytes;

export const writeBackupSchema = makeWriteBackupSchema(maxBackupBytes);

/** For channels that take no argument. */
export const noPayloadSchema = z.undefined();
