/**
 * Upgrade steps of the archive format, one per version, applied to the parsed JSON before the
 * current schema checks it: an archive written by an earlier Minutebook reads the same as if
 * this one had written it. A step only adds what its version introduced; anything it does not
 * recognise is left for the schema to refuse with its usual message.
 */

import { printOrderBeforePositions } from './attendance';
import { meetingPapersDefaults, memberDefaults, minutesStyleDefaults } from './body-settings';
import { styleRowDefaults, styleUpgradeDefaults } from './style';
import type { Attendance } from './model';
import { positionsFor } from './position';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const each = (value: unknown, visit: (row: Json) => void) => {
  if (Array.isArray(value)) for (const row of value) if (isObject(row)) visit(row);
};

/**
 * Version 1 → 2: meetings gain `acceptedFindings` (none accepted) and actions `declassified`
 * (never declassified). The input is not changed; a copy is returned.
 */
function fromVersion1(archive: Json): Json {
  const copy = structuredClone(archive);
  each(copy.bodies, (body) => {
    each(body.meetings, (meeting) => {
      if (!('acceptedFindings' in meeting)) meeting.acceptedFindings = [];
    });
    each(body.actions, (action) => {
      if (!('declassified' in action)) action.declassified = null;
    });
  });
  return { ...copy, version: 2 };
}

/**
 * Version 2 → 3: bodies gain the minutes-style settings at their defaults (item lines, curly
 * quotes, minutes for an unplanned item), and each meeting's attendance a position, in the
 * order it printed until then (by role, then as added) with the Chair first within a role.
 * Rows that already hold a key are left as they are. The input is not changed.
 */
function fromVersion2(archive: Json): Json {
  const copy = structuredClone(archive);
  each(copy.bodies, (body) => {
    for (const [key, value] of Object.entries(minutesStyleDefaults))
      if (!(key in body)) body[key] = value;
    each(body.meetings, (meeting) => {
      const rows: Json[] = [];
      each(meeting.attendance, (row) => rows.push(row));
      const ordered = printOrderBeforePositions(rows as unknown as Attendance[]);
      const keys = positionsFor(ordered.length);
      ordered.forEach((row, i) => {
        const json = row as unknown as Json;
        if (!('position' in json)) json.position = keys[i];
      });
    });
  });
  return { ...copy, version: 3 };
}

/**
 * Version 3 → 4: bodies gain the settings of the meeting papers (public agenda, interests,
 * circulation) at their defaults; members an empty e-mail address and the role of member;
 * decisions no vote and no dissent; meetings no approval recorded and no circulations, and an
 * empty list of declarations of interest; amendments apply to the minutes as a whole, public,
 * agreed at no recorded meeting. Keys already there are left. The input is not changed.
 */
function fromVersion3(archive: Json): Json {
  const copy = structuredClone(archive);
  const fill = (row: Json, defaults: Json) => {
    for (const [key, value] of Object.entries(defaults)) if (!(key in row)) row[key] = value;
  };
  each(copy.bodies, (body) => {
    fill(body, meetingPapersDefaults);
    each(body.members, (member) => fill(member, memberDefaults));
    each(body.meetings, (meeting) => {
      fill(meeting, { approval: null, circulations: [], interests: [] });
      each(meeting.minuteBlocks, (block) => {
        if (block.kind !== 'decisions') return;
        each(block.decisions, (decision) => fill(decision, { vote: null, dissent: [] }));
      });
      each(meeting.amendments, (amendment) =>
        fill(amendment, { itemId: null, confidential: false, agreedAt: null }),
      );
    });
  });
  return { ...copy, version: 4 };
}

/**
 * Format 5 makes the house style data: each body gets the SEC Panel's style for every style
 * field it did not have (its template, verbs and lines are kept), so its documents read as
 * before, and no running action counter yet; members get no initials, items no exemption,
 * actions no owning member, attendance no member whose vote an alternate holds.
 */
function fromVersion4(archive: Json): Json {
  const copy = structuredClone(archive);
  const fill = (row: Json, defaults: Json) => {
    for (const [key, value] of Object.entries(defaults))
      if (!(key in row)) row[key] = structuredClone(value);
  };
  each(copy.bodies, (body) => {
    fill(body, styleUpgradeDefaults);
    each(body.members, (member) => fill(member, styleRowDefaults.member));
    each(body.actions, (action) => fill(action, styleRowDefaults.action));
    each(body.meetings, (meeting) => {
      each(meeting.agendaItems, (item) => fill(item, styleRowDefaults.item));
      each(meeting.attendance, (row) => fill(row, styleRowDefaults.attendance));
    });
  });
  return { ...copy, version: 5 };
}

/** The steps, by the version they upgrade from. */
const steps: Record<number, (archive: Json) => Json> = {
  1: fromVersion1,
  2: fromVersion2,
  3: fromVersion3,
  4: fromVersion4,
};

/**
 * The archive brought up to `target` through each step in turn; the value unchanged when it is
 * already there, or null when no step leads from its version.
 */
export function upgradeArchive(archive: Json, target: number): Json | null {
  let at = archive;
  while (at.version !== target) {
    const step = typeof at.version === 'number' ? steps[at.version] : undefined;
    if (step === undefined) return null;
    at = step(at);
  }
  return at;
}
