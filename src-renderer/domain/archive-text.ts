import { canonicalArchive, canonicalMeeting } from './archive-order';
import type { Archive, ArchiveMeeting } from './archive-schema';

/*
 * An archive's text written a meeting at a time: the same text as `serializeArchive`, put
 * together from each meeting's own text and the rest of the archive, so that whoever writes it
 * (a backup of fifteen years) need never hold every meeting's rows at once.
 */

/** A meeting's lines sit this deep in an archive: root › bodies › a body › meetings › it. */
const meetingIndent = `\n${' '.repeat(8)}`;

/**
 * A meeting (with its agenda, minutes, attendance, amendments and interests) as
 * `serializeArchive` writes it inside an archive: canonical, indented to its depth there. JSON
 * text holds no newline but between its lines (one in a string is written `\n`), so indenting
 * every line after the first is indenting the whole.
 */
export function meetingArchiveText(meeting: ArchiveMeeting): string {
  return JSON.stringify(canonicalMeeting(meeting), null, 2).replaceAll('\n', meetingIndent);
}

/** How many times `part` occurs in `text`. */
function occurrences(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) n += 1;
  return n;
}

/**
 * `serializeArchive`'s text of `archive`, whose meetings stand without their rows, with each
 * meeting's text taken from `meetingTexts` (by id; each {@link meetingArchiveText} of the
 * meeting with its rows), in parts: joined, they are the text. `marker` holds each meeting's
 * place meanwhile: a string found nowhere in the archive (a fresh UUID). Throws if a meeting's
 * text is missing, or if the marker is found in the archive anywhere but in those places.
 */
export function archivePartsWithMeetings(
  archive: Archive,
  meetingTexts: ReadonlyMap<string, string>,
  marker: string,
): string[] {
  const canonical = canonicalArchive(archive);
  const places = canonical.bodies.map((body) => body.meetings.map((m) => `${marker}${m.id}`));
  const skeleton = {
    ...canonical,
    bodies: canonical.bodies.map((body, i) => ({ ...body, meetings: places[i] })),
  };
  const text = `${JSON.stringify(skeleton, null, 2)}\n`;
  const count = places.reduce((n, ids) => n + ids.length, 0);
  if (occurrences(text, marker) !== count)
    throw new Error("the archive holds the marker of a meeting's place");
  const parts: string[] = [];
  let from = 0;
  for (const place of places.flat()) {
    // An element of a meetings list: on a line of its own, at a meeting's depth.
    const line = `${meetingIndent}${JSON.stringify(place)}`;
    const at = text.indexOf(line, from);
    const meeting = meetingTexts.get(place.slice(marker.length));
    if (at < 0 || meeting === undefined)
      throw new Error(`the text of meeting ${place.slice(marker.length)} is missing`);
    parts.push(text.slice(from, at + meetingIndent.length), meeting);
    from = at + line.length;
  }
  parts.push(text.slice(from));
  return parts;
}

/** {@link archivePartsWithMeetings} joined: the archive's whole text. */
export function archiveTextWithMeetings(
  archive: Archive,
  meetingTexts: ReadonlyMap<string, string>,
  marker: string,
): string {
  return archivePartsWithMeetings(archive, meetingTexts, marker).join('');
}
