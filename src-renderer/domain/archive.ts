import {
  archiveFormat,
  archiveVersion,
  type Archive,
  type ArchiveBody,
  type ArchiveMeeting,
} from './archive-schema';
import { normaliseConfidentiality } from './archive-confidentiality';
import { archiveLimits } from './archive-limits';
import { archiveTextProblem } from './archive-scan';
import { checkArchiveLinks } from './archive-links';
import { canonicalArchive } from './archive-order';
import { groupBy } from './group-by';
import { upgradeArchive } from './archive-upgrade';
import { formatPath, validateArchive } from './archive-validate';
import type {
  Action,
  ActionUpdate,
  AgendaItem,
  Amendment,
  Interest,
  Attendance,
  Body,
  Member,
  Meeting,
  MinuteBlock,
} from './model';

export type { Archive, ArchiveBody, ArchiveMeeting };
export { archiveFormat, archiveVersion, archiveLimits, formatPath };

/** Archives larger than this are refused before parsing, so a wrong file cannot hang the app. */
export const maxArchiveBytes = archiveLimits.size;

/**
 * A parsed archive, with a notice for each flag the reader made confidential to agree with the
 * rule of confidentiality; or the errors that refused it.
 */
export type ArchiveParseResult =
  { ok: true; archive: Archive; notices: string[] } | { ok: false; errors: string[] };

/**
 * Reads an archive file's text. Returns the archive in canonical order, or errors that each
 * name the path of the bad field ("bodies[0].meetings[2].date: not a calendar date"), at
 * most `maxErrors` of them and then a line saying there are more. Text in fields is kept
 * exactly as written, control characters included. A text beyond {@link archiveLimits} (too
 * large, too deep, too many rows …) is refused with one sentence before it is parsed.
 */
export function parseArchive(text: string, maxErrors = 20): ArchiveParseResult {
  const beyond = archiveTextProblem(text);
  if (beyond !== null) return { ok: false, errors: [beyond] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [`The file is not a Minutebook archive: it is not JSON (${why}).`],
    };
  }
  return readValue(value, maxErrors);
}

/**
 * As {@link parseArchive}, for a value already read from JSON. The value is written back as
 * text and read as a file would be, so the same limits hold.
 */
export function parseArchiveValue(value: unknown, maxErrors = 20): ArchiveParseResult {
  let text: unknown;
  try {
    // Undefined for a value JSON cannot hold (undefined, a function), whatever lib.d.ts says.
    text = JSON.stringify(value);
  } catch (error) {
    // Deep nesting overflows JSON.stringify's recursion before anything else could.
    const deep = error instanceof RangeError;
    return {
      ok: false,
      errors: [
        deep
          ? `This archive nests deeper than any Minutebook archive (more than ${String(archiveLimits.depth)} levels). It was not read.`
          : 'The file is not a Minutebook archive: it is not JSON.',
      ],
    };
  }
  if (typeof text !== 'string') return { ok: false, errors: [checkHead(value) ?? ''] };
  return parseArchive(text, maxErrors);
}

function readValue(value: unknown, maxErrors: number): ArchiveParseResult {
  const head = checkHead(value);
  if (head !== null) return { ok: false, errors: [head] };
  const upgraded = upgradeArchive(value as Record<string, unknown>, archiveVersion);
  if (upgraded === null) return { ok: false, errors: [versionMessage(value)] };
  const parsed = validateArchive(upgraded, maxErrors);
  if (!parsed.ok) return { ok: false, errors: listed(parsed.errors, maxErrors) };
  const links = checkArchiveLinks(parsed.archive, maxErrors + 1);
  if (links.length > 0) return { ok: false, errors: listed(links, maxErrors) };
  const { archive, notices } = normaliseConfidentiality(parsed.archive);
  return { ok: true, archive: canonicalArchive(archive), notices };
}

/** The first `max` errors, and a line saying so when there are more. */
function listed(errors: string[], max: number): string[] {
  if (errors.length <= max) return errors;
  const first = max === 1 ? 'the first is' : `only the first ${String(max)} are`;
  return [...errors.slice(0, max), `There are more problems; ${first} listed.`];
}

/** Says plainly when a file is not an archive at all, or one of another version. */
function checkHead(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'The file is not a Minutebook archive: it holds no archive object.';
  }
  const record = value as Record<string, unknown>;
  if (record.format !== archiveFormat) {
    return `The file is not a Minutebook archive (format is not "${archiveFormat}").`;
  }
  const known = typeof record.version === 'number' && record.version >= 1;
  if (!known || (record.version as number) > archiveVersion) return versionMessage(record);
  return null;
}

function versionMessage(record: unknown): string {
  const version = (record as Record<string, unknown>).version;
  const reads = `this Minutebook reads versions 1 to ${String(archiveVersion)}`;
  if (typeof version !== 'number') return `This archive has no version number; ${reads}.`;
  return `This archive is version ${String(version)}; ${reads}.`;
}

/**
 * Writes an archive as JSON: keys in the schema's order, rows in a stable order, two-space
 * indentation and a final newline. The same archive always gives the same text, and
 * `parseArchive(serializeArchive(a))` gives `a` back. A backup writes the same text a meeting
 * at a time (archive-text.ts); its tests hold the two equal, so a change of layout here shows.
 */
export function serializeArchive(archive: Archive): string {
  return `${JSON.stringify(canonicalArchive(archive), null, 2)}\n`;
}

/** The rows of one body, as the database stores them. */
export interface BodyRows {
  body: Body;
  members: Member[];
  meetings: Meeting[];
  agendaItems: AgendaItem[];
  minuteBlocks: MinuteBlock[];
  attendance: Attendance[];
  amendments: Amendment[];
  interests: Interest[];
  actions: Action[];
  actionUpdates: ActionUpdate[];
}

/** `rows` by their meeting, each meeting's in the order they came. */
function byMeeting<T extends { meetingId: string }>(rows: readonly T[]): Map<string, T[]> {
  return groupBy(rows, (row) => row.meetingId);
}

/**
 * Builds an archive from the rows of some bodies; `exportedAt` is the caller's clock. Rows are
 * grouped by meeting in one pass: filtering every table once per meeting took seconds of a
 * backup of fifteen years (180 meetings × 52,000 blocks).
 */
export function archiveFromRows(bodies: readonly BodyRows[], exportedAt: string): Archive {
  return canonicalArchive({
    format: archiveFormat,
    version: archiveVersion,
    exportedAt,
    bodies: bodies.map((rows) => {
      const items = byMeeting(rows.agendaItems);
      const blocks = byMeeting(rows.minuteBlocks);
      const attendance = byMeeting(rows.attendance);
      const amendments = byMeeting(rows.amendments);
      const interests = byMeeting(rows.interests);
      return {
        ...rows.body,
        members: rows.members,
        meetings: rows.meetings.map((meeting) => ({
          ...meeting,
          agendaItems: items.get(meeting.id) ?? [],
          minuteBlocks: blocks.get(meeting.id) ?? [],
          attendance: attendance.get(meeting.id) ?? [],
          amendments: amendments.get(meeting.id) ?? [],
          interests: interests.get(meeting.id) ?? [],
        })),
        actions: rows.actions,
        actionUpdates: rows.actionUpdates,
      };
    }),
  });
}

/** The rows of one archived body, ready to be written to the database. */
export function rowsFromArchiveBody(archived: ArchiveBody): BodyRows {
  const { members, meetings, actions, actionUpdates, ...body } = archived;
  const rows: BodyRows = {
    body,
    members,
    meetings: [],
    agendaItems: [],
    minuteBlocks: [],
    attendance: [],
    amendments: [],
    interests: [],
    actions,
    actionUpdates,
  };
  for (const archivedMeeting of meetings) {
    const { agendaItems, minuteBlocks, attendance, amendments, interests, ...meeting } =
      archivedMeeting;
    rows.meetings.push(meeting);
    rows.agendaItems.push(...agendaItems);
    rows.minuteBlocks.push(...minuteBlocks);
    rows.attendance.push(...attendance);
    rows.amendments.push(...amendments);
    rows.interests.push(...interests);
  }
  return rows;
}
